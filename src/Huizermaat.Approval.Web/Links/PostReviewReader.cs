using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Checks;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Faces;
using Huizermaat.Approval.Language;
using Huizermaat.Approval.People;
using Huizermaat.Approval.Web.Api;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Web.Links;

/// <summary>Builds the <see cref="PostReview"/> of a revision, for the e-mail link pages and Te beoordelen.</summary>
public sealed class PostReviewReader(RosterStore roster, ApprovalStore approvals, IOptions<ApprovalOptions> options)
{
    /// <param name="forPersonId">For a consent holder: the person they answer for (only their media, no other names, no findings); null for the manager.</param>
    /// <param name="thumbnail">Where the page finds a photo's thumbnail, by media id.</param>
    public async Task<PostReview> ReadAsync(Submission submission, DraftState? state, string? forPersonId, Func<string, string> thumbnail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(thumbnail);
        var people = await roster.LoadAsync(cancellationToken).ConfigureAwait(false);
        var records = forPersonId is null
            ? (await approvals.ListAsync(submission.DraftId, cancellationToken).ConfigureAwait(false)).Where(r => r.Revision == submission.Revision).ToList()
            : [];
        var draft = submission.Draft;
        var author = people.Find(submission.AuthorId);
        var media = draft.Media
            .Select((item, i) => (Item: item, Id: i < submission.MediaIds.Count ? submission.MediaIds[i] : null))
            .Where(m => forPersonId is null || m.Item.People.Contains(forPersonId))
            .Select(m => new ReviewMedia(
                m.Item.FileName,
                m.Item.Kind switch { MediaKind.Photo => "foto", MediaKind.Video => "video", _ => "geluidsopname" },
                m.Item.Kind == MediaKind.Photo && m.Id is not null ? thumbnail(m.Id) : null,
                forPersonId is null ? [.. m.Item.People.Select(id => Shown(id, people, records, state))] : [],
                m.Item.NoIdentifiablePeople,
                forPersonId is not null,
                forPersonId is not null && (m.Item.Faces ?? []).Any(f => f.Resolution == FaceResolution.Person && f.PersonId == forPersonId)))
            .ToList();
        return new PostReview(
            submission.DraftId,
            author?.Name ?? "een collega",
            author?.Email,
            draft.Capacity == Capacity.Personal ? "Op persoonlijke titel" : "Namens Huizermaat",
            draft.Capacity == Capacity.Personal,
            [.. draft.Channels.Select(DutchText.ChannelName)],
            submission.PublishAt,
            draft.Text,
            media,
            forPersonId is null ? [.. (state?.Findings ?? []).Select(FindingView.From)] : []);
    }

    /// <summary>Someone in a photo, with whether their consent (or their guardians') is in for this revision.</summary>
    private ShownPerson Shown(string personId, Roster people, IReadOnlyList<ApprovalRecord> records, DraftState? state)
    {
        var name = people.Find(personId)?.Name ?? "iemand die niet (meer) in de administratie staat";
        var asked = records.Where(r => r.StepId == StepIds.Consent(personId)).ToList();
        if (state is { Stage: ApprovalStages.ConsentRefused } && state.PersonIds.Contains(personId))
        {
            return new ShownPerson(name, "geen toestemming", "refused");
        }

        if (asked.Count == 0)
        {
            return new ShownPerson(name, "nog niet gevraagd", "none");
        }

        if (asked.Any(r => r.State == ApprovalRecordStates.Refused))
        {
            return new ShownPerson(name, "geen toestemming", "refused");
        }

        var approved = asked.Count(r => r.State == ApprovalRecordStates.Approved);
        var themself = asked.All(r => r.HolderId == personId);
        var settled = options.Value.ConsentFromAllGuardians && !themself ? approved == asked.Count : approved > 0;
        return settled
            ? new ShownPerson(name, themself ? "heeft zelf toestemming gegeven" : "toestemming van een ouder gegeven", "approved")
            : new ShownPerson(name, themself ? "wacht op het antwoord van deze persoon zelf" : approved > 0 ? "wacht nog op een ouder" : "wacht op het antwoord van een ouder", "requested");
    }
}
