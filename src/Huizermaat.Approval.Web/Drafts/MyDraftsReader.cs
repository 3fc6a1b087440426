using Azure.Data.Tables;
using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Language;
using Huizermaat.Approval.Web.Rendering;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Storage;

namespace Huizermaat.Approval.Web.Drafts;

/// <summary>Mijn berichten: the author's drafts, newest first, each with the start of its text, a thumbnail, its channels and who still has to answer.</summary>
public sealed class MyDraftsReader(WorkflowStorage storage, DraftStateStore states, SubmissionStore submissions, ApprovalStore approvals, RosterStore roster)
{
    private const int MaxListed = 100;

    public async Task<IReadOnlyList<MyDraftRow>> ListAsync(string authorId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq 'state' and AuthorId eq {authorId}");
        var drafts = new List<DraftState>();
        await foreach (var row in storage.Table(WorkflowStorage.DraftsTable).QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (await states.GetAsync(row.PartitionKey, cancellationToken).ConfigureAwait(false) is { } state)
            {
                drafts.Add(state);
            }
        }

        var people = await roster.LoadAsync(cancellationToken).ConfigureAwait(false);
        var newest = drafts.OrderByDescending(d => d.UpdatedAt).Take(MaxListed).ToList();
        return await Task.WhenAll(newest.Select(async state =>
        {
            var submission = state.ContentDeletedAt is null ? await SubmissionAsync(state, cancellationToken).ConfigureAwait(false) : null;
            var open = state.Stage == ApprovalStages.AwaitingApprovals
                ? (await approvals.ListAsync(state.DraftId, cancellationToken).ConfigureAwait(false))
                    .Where(a => a.Revision == state.Revision && a.State == ApprovalRecordStates.Requested)
                    .OrderBy(a => a.StepId == StepIds.Manager ? 0 : 1).ThenBy(a => a.RequestedAt)
                    .Select(a => people.Find(a.HolderId)?.Name ?? "iemand die niet (meer) in de administratie staat")
                    .Distinct()
                    .ToList()
                : [];
            var photo = submission?.Draft.Media.Select((m, i) => (m.Kind, Id: i < submission.MediaIds.Count ? submission.MediaIds[i] : null))
                .FirstOrDefault(m => m.Kind == MediaKind.Photo && m.Id is not null).Id;
            var personal = submission?.Draft.Capacity == Capacity.Personal;
            return new MyDraftRow(
                state.DraftId,
                state.Stage,
                state.Stage == ApprovalStages.Approved && personal ? "Goedgekeurd: plaats het zelf" : DutchNames.Stage(state.Stage),
                state.UpdatedAt,
                submission is null ? "(tekst verwijderd na de bewaartermijn)" : DutchText.Opening(submission.Draft.Text),
                photo,
                submission is null ? string.Empty : DutchText.Channels(submission.Draft.Channels),
                open);
        })).ConfigureAwait(false);
    }

    private async Task<Submission?> SubmissionAsync(DraftState state, CancellationToken cancellationToken)
    {
        try
        {
            return await submissions.GetAsync(state.DraftId, Math.Max(1, state.Revision), cancellationToken).ConfigureAwait(false);
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
    }
}

/// <summary>One line of Mijn berichten.</summary>
/// <param name="Opening">The start of the post's text.</param>
/// <param name="PhotoId">The first photo's media id, for its thumbnail; null for a post without photos.</param>
/// <param name="WaitingFor">The names of those who still have to answer.</param>
public sealed record MyDraftRow(
    string DraftId,
    string Stage,
    string StageName,
    DateTimeOffset UpdatedAt,
    string Opening,
    string? PhotoId,
    string Channels,
    IReadOnlyList<string> WaitingFor);
