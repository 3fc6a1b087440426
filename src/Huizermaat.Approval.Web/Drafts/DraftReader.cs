using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Web.Admin;
using Huizermaat.Approval.Web.Api;
using Huizermaat.Approval.Web.Compose;
using Huizermaat.Approval.Web.Mail;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.DurableTask.Client;

namespace Huizermaat.Approval.Web.Drafts;

/// <summary>Reads one author's draft from the read model; someone else's draft reads as missing.</summary>
public sealed class DraftReader(
    DraftStateStore states,
    SubmissionStore submissions,
    ApprovalStore approvals,
    ChannelStore channels,
    RosterStore roster,
    UndeliveredMailStore undelivered,
    DurableTaskClient durable)
{
    /// <summary>Stages in which the workflow has finished its work: a failed instance cannot be the reason for them.</summary>
    private static readonly HashSet<string> Settled = new(StringComparer.Ordinal)
    {
        ApprovalStages.Published, ApprovalStages.Rejected, ApprovalStages.ConsentRefused, ApprovalStages.Expired,
        ApprovalStages.Withdrawn, ApprovalStages.TakenDown, ApprovalStages.PublishFailed,
    };

    /// <returns>The draft, or null when there is none with this id by this author.</returns>
    public async Task<DraftView?> ReadAsync(string draftId, string authorId, CancellationToken cancellationToken)
    {
        if (draftId.Length is 0 or > 64)
        {
            return null;
        }

        var state = await states.GetAsync(draftId, cancellationToken).ConfigureAwait(false);
        if (state is { ContentDeletedAt: not null })
        {
            return state.AuthorId == authorId ? await DeletedAsync(state, cancellationToken).ConfigureAwait(false) : null;
        }

        Submission submission;
        // The newest revision sent, even if its checks have not run yet.
        var latest = state?.Revision ?? 1;
        while (latest < 50 && await ExistsAsync(draftId, latest + 1, cancellationToken).ConfigureAwait(false))
        {
            latest++;
        }

        try
        {
            submission = await submissions.GetAsync(draftId, latest, cancellationToken).ConfigureAwait(false);
        }
        catch (KeyNotFoundException)
        {
            return null;
        }

        if (submission.AuthorId != authorId || (state is not null && state.AuthorId != authorId))
        {
            return null;
        }

        var people = await roster.LoadAsync(cancellationToken).ConfigureAwait(false);
        var revision = state?.Revision ?? submission.Revision;
        if (state is not null && state.Revision != submission.Revision)
        {
            state = state with { Stage = ApprovalStages.Checking, Findings = [] }; // the new revision is being checked
            revision = submission.Revision;
        }

        var asked = await ApprovalsAsync(draftId, revision, submission.AuthorId, people, cancellationToken).ConfigureAwait(false);
        var published = (await channels.ListAsync(draftId, cancellationToken).ConfigureAwait(false)).ToDictionary(c => c.Channel, StringComparer.Ordinal);
        var channelViews = submission.Draft.Channels
            .Select(c => c.ToName())
            .Select(name => published.TryGetValue(name, out var record) ? new ChannelView(name, record.State, record.Url) : new ChannelView(name, "pending", null))
            .ToList();
        return new DraftView(
            draftId,
            state?.Stage ?? ApprovalStages.Checking,
            [.. (state?.Findings ?? []).Select(FindingView.From)],
            asked,
            channelViews)
        {
            Revision = revision,
            Detail = state?.Detail,
            Text = submission.Draft.Text,
            UpdatedAt = state?.UpdatedAt,
            Draft = Content(submission, people),
            UndeliveredMails = [.. (await undelivered.ListAsync(draftId, cancellationToken).ConfigureAwait(false)).Select(m => UndeliveredMailView.From(m, people))],
            Problem = Settled.Contains(state?.Stage ?? ApprovalStages.Checking) ? null : await ProblemAsync(draftId, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>In Dutch, when the draft's instance failed (operators see it under failed work): otherwise the page would just sit on its stage.</summary>
    private async Task<string?> ProblemAsync(string draftId, CancellationToken cancellationToken)
    {
        try
        {
            var instance = await durable.GetInstanceAsync(draftId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
            return instance is { RuntimeStatus: OrchestrationRuntimeStatus.Failed } ? FailureText.ForAuthor(instance) : null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null; // the engine did not answer (say, it is restarting the instance): show the page without the notice
        }
    }

    /// <summary>A draft whose text and media the retention rule deleted: its stage, decisions and channels only.</summary>
    private async Task<DraftView> DeletedAsync(DraftState state, CancellationToken cancellationToken)
    {
        var people = await roster.LoadAsync(cancellationToken).ConfigureAwait(false);
        var channelViews = (await channels.ListAsync(state.DraftId, cancellationToken).ConfigureAwait(false))
            .Select(c => new ChannelView(c.Channel, c.State, c.Url))
            .ToList();
        return new DraftView(
            state.DraftId,
            state.Stage,
            [],
            await ApprovalsAsync(state.DraftId, state.Revision, state.AuthorId, people, cancellationToken).ConfigureAwait(false),
            channelViews)
        {
            Revision = state.Revision,
            Detail = state.Detail,
            UpdatedAt = state.UpdatedAt,
            ContentDeletedAt = state.ContentDeletedAt,
            UndeliveredMails = [.. (await undelivered.ListAsync(state.DraftId, cancellationToken).ConfigureAwait(false)).Select(m => UndeliveredMailView.From(m, people))],
        };
    }

    private async Task<List<ApprovalView>> ApprovalsAsync(string draftId, int revision, string authorId, People.Roster people, CancellationToken cancellationToken) =>
        (await approvals.ListAsync(draftId, cancellationToken).ConfigureAwait(false))
            .Where(a => a.Revision == revision)
            .OrderBy(a => a.StepId == StepIds.Manager ? 0 : 1).ThenBy(a => a.RequestedAt)
            .Select(a =>
            {
                var person = StepIds.ConsentPersonId(a.StepId) ?? authorId;
                return new ApprovalView(a.StepId == StepIds.Manager ? "manager" : "consent", person, a.HolderId, a.State)
                {
                    PersonName = people.Find(person)?.Name,
                    HolderName = people.Find(a.HolderId)?.Name,
                    Comment = a.Comment,
                    DecidedAt = a.DecidedAt,
                };
            })
            .ToList();

    private async Task<bool> ExistsAsync(string draftId, int revision, CancellationToken cancellationToken)
    {
        try
        {
            await submissions.GetAsync(draftId, revision, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (KeyNotFoundException)
        {
            return false;
        }
    }

    private static DraftContent Content(Submission submission, People.Roster people) => new(
        submission.Draft.Text,
        submission.Draft.Capacity switch { Capacity.Official => "official", Capacity.Personal => "personal", _ => null },
        [.. submission.Draft.Channels.Select(c => c.ToName())],
        submission.Draft.AcknowledgedPermanence,
        [.. submission.Draft.Media.Select((m, i) => new DraftContentMedia(
            i < submission.MediaIds.Count ? submission.OriginalMediaId(i) : string.Empty,
            m.Kind.ToString().ToLowerInvariant(),
            m.FileName,
            [.. m.People.Select(id => people.Find(id) is { } p ? new RosterMatch(p.Id, p.Name, p.ClassName) : new RosterMatch(id, id, null))],
            m.NoIdentifiablePeople,
            m.OwnWork,
            m.Creator,
            m.CreatorPermission)
        {
            ShownId = i < submission.MediaIds.Count ? submission.MediaIds[i] : null,
            Faces = m.Faces?.Select(FaceView.From).ToList(),
        })],
        submission.PublishAt);
}
