using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Language;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Storage;

namespace Huizermaat.Approval.Web.Rendering;

/// <summary>
/// How the pages name a post: by the start of its text (<see cref="DutchText.Opening"/>) of its latest revision, never
/// by its id. A post whose text the retention rule deleted, or that never had a revision, says so.
/// </summary>
public sealed class PostOpenings(SubmissionStore submissions)
{
    public const string Deleted = "(tekst verwijderd na de bewaartermijn)";
    public const string Missing = "(bericht zonder tekst)";

    public async Task<string> OpeningAsync(DraftState? state, CancellationToken cancellationToken) =>
        (await SubmissionAsync(state, cancellationToken).ConfigureAwait(false)) is { } submission
            ? DutchText.Opening(submission.Draft.Text)
            : state?.ContentDeletedAt is not null ? Deleted : Missing;

    /// <summary>The latest revision of the draft, or null when it is gone (deleted by the retention rule) or never stored.</summary>
    public async Task<Submission?> SubmissionAsync(DraftState? state, CancellationToken cancellationToken)
    {
        if (state is null || state.ContentDeletedAt is not null)
        {
            return null;
        }

        try
        {
            return await submissions.GetAsync(state.DraftId, Math.Max(1, state.Revision), cancellationToken).ConfigureAwait(false);
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Openings of many drafts at once, by draft id.</summary>
    public async Task<IReadOnlyDictionary<string, string>> OpeningsAsync(IEnumerable<DraftState> states, CancellationToken cancellationToken)
    {
        var pairs = await Task.WhenAll(states.DistinctBy(s => s.DraftId).Select(async s => (s.DraftId, Opening: await OpeningAsync(s, cancellationToken).ConfigureAwait(false)))).ConfigureAwait(false);
        return pairs.ToDictionary(p => p.DraftId, p => p.Opening, StringComparer.Ordinal);
    }
}
