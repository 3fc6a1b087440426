using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Checks;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.People;
using Huizermaat.Approval.Web.Admin;
using Huizermaat.Approval.Web.Api;
using Huizermaat.Approval.Web.Compose;
using Huizermaat.Approval.Web.Mail;
using Huizermaat.Approval.Web.Rendering;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Web.Drafts;

/// <summary>Reads one author's draft from the read model; someone else's draft reads as missing.</summary>
public sealed class DraftReader(
    DraftStateStore states,
    SubmissionStore submissions,
    ApprovalStore approvals,
    ChannelStore channels,
    RosterStore roster,
    UndeliveredMailStore undelivered,
    DurableTaskClient durable,
    IOptions<ApprovalOptions> options,
    TimeProvider time)
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

        var stage = state?.Stage ?? ApprovalStages.Checking;
        var asked = await ApprovalsAsync(draftId, revision, submission.AuthorId, state, people, cancellationToken).ConfigureAwait(false);
        var published = (await channels.ListAsync(draftId, cancellationToken).ConfigureAwait(false)).ToDictionary(c => c.Channel, StringComparer.Ordinal);
        var channelViews = submission.Draft.Channels
            .Select(c => c.ToName())
            .Select(name => published.TryGetValue(name, out var record) ? new ChannelView(name, record.State, record.Url) { At = record.At } : new ChannelView(name, "pending", null))
            .ToList();
        var findings = state?.Findings ?? [];
        var view = new DraftView(draftId, stage, [.. findings.Select(FindingView.From)], asked, channelViews)
        {
            Revision = revision,
            Detail = state?.Detail,
            Text = submission.Draft.Text,
            UpdatedAt = state?.UpdatedAt,
            Draft = Content(submission, people),
            PublishAt = submission.PublishAt,
            UndeliveredMails = [.. (await undelivered.ListAsync(draftId, cancellationToken).ConfigureAwait(false)).Select(m => UndeliveredMailView.From(m, people))],
            Problem = Settled.Contains(stage) ? null : await ProblemAsync(draftId, cancellationToken).ConfigureAwait(false),
            Revisable = DutchNames.Revisable.Contains(stage) && revision < ApprovalWorkflow.MaxRevisions,
            Withdrawable = DutchNames.Withdrawable.Contains(stage),
            CanTakeDown = submission.Draft.Capacity != Capacity.Personal
                && stage is ApprovalStages.Published or ApprovalStages.PublishFailed
                && channelViews.Any(c => c.State == ChannelStore.Published),
        };
        var problems = stage == ApprovalStages.NeedsChanges && !findings.Any(Contests.Blocks) ? Plan(submission, people).Problems : [];
        var refusedByRegister = stage == ApprovalStages.ConsentRefused && state?.Actor == ConsentRegisterActor ? state.PersonIds : [];
        return view with { Summary = StatusSummary.Describe(view, submission, state, people, problems, refusedByRegister) };
    }

    /// <summary>A person in the media as the form shows them when revising: with what will happen about their consent.</summary>
    private RosterMatch Match(Person person, Roster people)
    {
        var outlook = ConsentOutlook.For(person, people, SchoolClock.LocalDate(time.GetUtcNow(), options.Value), options.Value);
        return new RosterMatch(person.Id, person.Name, person.ClassName) { Consent = outlook.Text, ConsentKind = RosterSearchHandler.KindName(outlook.Kind) };
    }

    /// <summary>The actor of a refusal by the school's consent register.</summary>
    public const string ConsentRegisterActor = "consent-register";

    /// <summary>Who must approve now, by the roster as it is: the roster gaps of a draft that needs changes.</summary>
    private ApprovalPlan Plan(Submission submission, Roster people) =>
        ApprovalPlanner.Plan(submission, people, SchoolClock.LocalDate(submission.PublishAt ?? time.GetUtcNow(), options.Value), options.Value);

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
            .Select(c => new ChannelView(c.Channel, c.State, c.Url) { At = c.At })
            .ToList();
        return new DraftView(
            state.DraftId,
            state.Stage,
            [],
            await ApprovalsAsync(state.DraftId, state.Revision, state.AuthorId, state, people, cancellationToken).ConfigureAwait(false),
            channelViews)
        {
            Revision = state.Revision,
            Detail = state.Detail,
            UpdatedAt = state.UpdatedAt,
            ContentDeletedAt = state.ContentDeletedAt,
            UndeliveredMails = [.. (await undelivered.ListAsync(state.DraftId, cancellationToken).ConfigureAwait(false)).Select(m => UndeliveredMailView.From(m, people))],
        };
    }

    private async Task<List<ApprovalView>> ApprovalsAsync(string draftId, int revision, string authorId, DraftState? state, Roster people, CancellationToken cancellationToken) =>
        (await approvals.ListAsync(draftId, cancellationToken).ConfigureAwait(false))
            .Where(a => a.Revision == revision)
            .OrderBy(a => a.StepId == StepIds.Manager ? 0 : 1).ThenBy(a => a.RequestedAt)
            .Select(a =>
            {
                var person = StepIds.ConsentPersonId(a.StepId) ?? authorId;
                return new ApprovalView(a.StepId == StepIds.Manager ? "manager" : "consent", person, a.HolderId, Withdrawn(a, state) ? ApprovalView.WithdrawnState : a.State)
                {
                    PersonName = people.Find(person)?.Name,
                    HolderName = people.Find(a.HolderId)?.Name,
                    Comment = a.Comment,
                    DecidedAt = a.DecidedAt,
                    ExpiresAt = a.ExpiresAt,
                };
            })
            .ToList();

    /// <summary>A consent its holder gave and then took back: the draft ended on that holder's withdrawal for that person.</summary>
    private static bool Withdrawn(ApprovalRecord record, DraftState? state) =>
        record.State == ApprovalRecordStates.Approved
        && state is { Stage: ApprovalStages.ConsentRefused or ApprovalStages.TakenDown or ApprovalStages.PublishFailed }
        && state.Actor == record.HolderId
        && StepIds.ConsentPersonId(record.StepId) is { } person && state.PersonIds.Contains(person);

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

    private DraftContent Content(Submission submission, Roster people) => new(
        submission.Draft.Text,
        submission.Draft.Capacity switch { Capacity.Official => "official", Capacity.Personal => "personal", _ => null },
        [.. submission.Draft.Channels.Select(c => c.ToName())],
        submission.Draft.AcknowledgedPermanence,
        [.. submission.Draft.Media.Select((m, i) => new DraftContentMedia(
            i < submission.MediaIds.Count ? submission.OriginalMediaId(i) : string.Empty,
            m.Kind.ToString().ToLowerInvariant(),
            m.FileName,
            [.. m.People.Select(id => people.Find(id) is { } p ? Match(p, people) : new RosterMatch(id, "iemand die niet (meer) in de administratie staat", null))],
            m.NoIdentifiablePeople,
            m.OwnWork,
            m.Creator,
            m.CreatorPermission)
        {
            ShownId = i < submission.MediaIds.Count ? submission.MediaIds[i] : null,
            Faces = m.Faces?.Select(FaceView.From).ToList(),
        })],
        submission.PublishAt)
    {
        Contests = submission.Draft.Contests,
    };
}
