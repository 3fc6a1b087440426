using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Workflow.Events;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Huizermaat.Approval.Workflow;

/// <summary>
/// How the web handlers start and steer approval instances: stores the revision, then starts the instance
/// (and waits until it has started, since an event raised before then is discarded), or raises an event to it.
/// </summary>
public sealed class ApprovalClient(DurableTaskClient client, SubmissionStore submissions, DraftStateStore states, ChannelStore channels)
{
    /// <exception cref="InvalidOperationException">The draft was submitted before.</exception>
    public async Task SubmitAsync(Submission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (await client.GetInstanceAsync(submission.DraftId, cancellationToken) is not null)
        {
            throw new InvalidOperationException($"Draft {submission.DraftId} was already submitted; send a revision instead.");
        }

        await SubmitOnceAsync(submission, cancellationToken);
    }

    /// <summary>How long a revision waits for an instance that recorded its end stage to complete.</summary>
    private static readonly TimeSpan EndingPatience = TimeSpan.FromSeconds(30);

    /// <summary>Stages that end a draft on someone's no, after which the author may still send a new version.</summary>
    public static IReadOnlySet<string> RevisableAfterEnd { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        ApprovalStages.Rejected, ApprovalStages.Expired, ApprovalStages.ConsentRefused,
    };

    /// <summary>
    /// Submits, like <see cref="SubmitAsync"/>, a submission that an earlier try may have submitted in part or whole (a
    /// repeat of the same request, with the same draft id): the revision is stored again (the same content) and the
    /// instance started unless it exists, so it runs once.
    /// </summary>
    public async Task SubmitOnceAsync(Submission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (await client.GetInstanceAsync(submission.DraftId, cancellationToken) is null)
        {
            await submissions.SaveAsync(submission, cancellationToken);
            await client.ScheduleNewOrchestrationInstanceAsync(
                nameof(ApprovalOrchestrator),
                new ApprovalInput(submission.DraftId, submission.Revision),
                new StartOrchestrationOptions(submission.DraftId),
                cancellationToken);
        }

        await client.WaitForInstanceStartAsync(submission.DraftId, cancellationToken);
    }

    /// <summary>
    /// Stores a new revision and tells the instance; every earlier approval becomes void. A draft that ended on a no
    /// (<see cref="RevisableAfterEnd"/>) starts again under the same instance id, from the new revision: everyone is
    /// asked again.
    /// </summary>
    public async Task<EventDelivery> ReviseAsync(Submission revision, string eventId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(revision);
        var state = await StateAsync(revision.DraftId, cancellationToken);
        if (state != EventDelivery.UnknownInstance
            && await states.GetAsync(revision.DraftId, cancellationToken) is { ContentDeletedAt: null } ended && RevisableAfterEnd.Contains(ended.Stage))
        {
            if (state == EventDelivery.Delivered)
            {
                // The end stage is recorded before the instance tells the author and completes: an event now would be lost.
                using var finishing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                finishing.CancelAfter(EndingPatience);
                await client.WaitForInstanceCompletionAsync(revision.DraftId, finishing.Token);
            }

            await submissions.SaveAsync(revision, cancellationToken);
            await client.ScheduleNewOrchestrationInstanceAsync(
                nameof(ApprovalOrchestrator),
                new ApprovalInput(revision.DraftId, revision.Revision),
                new StartOrchestrationOptions(revision.DraftId),
                cancellationToken);
            await client.WaitForInstanceStartAsync(revision.DraftId, cancellationToken);
            return EventDelivery.Delivered;
        }

        if (state != EventDelivery.Delivered)
        {
            return state;
        }

        await submissions.SaveAsync(revision, cancellationToken);
        await client.RaiseEventAsync(revision.DraftId, ApprovalEvents.Revise, new ReviseEvent(eventId, revision.Revision), cancellationToken);
        return EventDelivery.Delivered;
    }

    public Task<EventDelivery> DecideAsync(string draftId, DecisionEvent decision, CancellationToken cancellationToken) =>
        RaiseAsync(draftId, ApprovalEvents.Decision, decision, cancellationToken);

    public Task<EventDelivery> WithdrawAsync(string draftId, WithdrawEvent withdrawal, CancellationToken cancellationToken) =>
        RaiseAsync(draftId, ApprovalEvents.Withdraw, withdrawal, cancellationToken);

    /// <summary>
    /// Before publication: refuses the draft. After publication: starts the takedown of the post from every channel
    /// (once; a second withdrawal finds it started). The caller has checked that the actor holds the person's consent
    /// (the consent link binds both).
    /// </summary>
    public async Task<EventDelivery> WithdrawConsentAsync(string draftId, ConsentWithdrawnEvent withdrawal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(withdrawal);

        // The read model says "published" as soon as the channels are out, while the instance may still be telling the
        // author: from then on a withdrawal is a takedown, whatever the instance's own status.
        if (await states.GetAsync(draftId, cancellationToken) is not { Stage: ApprovalStages.Published or ApprovalStages.PublishFailed } state)
        {
            return await RaiseAsync(draftId, ApprovalEvents.ConsentWithdrawn, withdrawal, cancellationToken);
        }

        return await StartTakedownAsync(state, withdrawal.PersonId, withdrawal.ActorId, withdrawal.Reason, cancellationToken);
    }

    /// <summary>
    /// The author takes their published post down from every channel (once; a takedown already started, also one for a
    /// withdrawn consent, finds it started). The caller has checked that the actor is the draft's author.
    /// </summary>
    /// <returns><see cref="EventDelivery.TakedownStarted"/>, or <see cref="EventDelivery.InstanceFinished"/> when the post is not online (any more).</returns>
    public async Task<EventDelivery> TakeDownAsync(string draftId, string actorId, string? reason, CancellationToken cancellationToken) =>
        await states.GetAsync(draftId, cancellationToken) is { Stage: ApprovalStages.Published or ApprovalStages.PublishFailed } state
            ? await StartTakedownAsync(state, personId: null, actorId, reason, cancellationToken)
            : EventDelivery.InstanceFinished;

    private async Task<EventDelivery> StartTakedownAsync(DraftState state, string? personId, string actorId, string? reason, CancellationToken cancellationToken)
    {
        var takedownId = TakedownOrchestrator.InstanceId(state.DraftId);
        if (await client.GetInstanceAsync(takedownId, cancellationToken) is not null)
        {
            return EventDelivery.InstanceFinished;
        }

        var published = (await channels.ListAsync(state.DraftId, cancellationToken))
            .Where(c => c.State == ChannelStore.Published)
            .Select(c => ChannelNames.Parse(c.Channel))
            .OfType<Channel>()
            .ToList();
        await client.ScheduleNewOrchestrationInstanceAsync(
            nameof(TakedownOrchestrator),
            new TakedownInput(state.DraftId, state.Revision, state.AuthorId, personId, actorId, reason, published),
            new StartOrchestrationOptions(takedownId),
            cancellationToken);
        return EventDelivery.TakedownStarted;
    }

    /// <summary>
    /// After the emergency stop is lifted: tells every instance holding the draft (its approval, or an operator's retry of
    /// its publication) to read the pause again (<see cref="PublishingHold"/>).
    /// </summary>
    /// <returns>How many instances were told.</returns>
    public async Task<int> ResumeAsync(string draftId, ResumeEvent resume, CancellationToken cancellationToken)
    {
        var told = 0;
        if (await StateAsync(draftId, cancellationToken) == EventDelivery.Delivered)
        {
            await client.RaiseEventAsync(draftId, ApprovalEvents.Resume, resume, cancellationToken);
            told++;
        }

        var retries = new OrchestrationQuery
        {
            InstanceIdPrefix = RepublishOrchestrator.InstanceIdPrefix(draftId),
            Statuses = [OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Pending],
        };
        await foreach (var retry in client.GetAllInstancesAsync(retries).WithCancellation(cancellationToken))
        {
            await client.RaiseEventAsync(retry.InstanceId, ApprovalEvents.Resume, resume, cancellationToken);
            told++;
        }

        return told;
    }

    private async Task<EventDelivery> RaiseAsync(string draftId, string eventName, object payload, CancellationToken cancellationToken)
    {
        var state = await StateAsync(draftId, cancellationToken);
        if (state == EventDelivery.Delivered)
        {
            await client.RaiseEventAsync(draftId, eventName, payload, cancellationToken);
        }

        return state;
    }

    private async Task<EventDelivery> StateAsync(string draftId, CancellationToken cancellationToken) =>
        await client.GetInstanceAsync(draftId, cancellationToken) switch
        {
            null => EventDelivery.UnknownInstance,
            { IsCompleted: true } => EventDelivery.InstanceFinished,
            _ => EventDelivery.Delivered,
        };
}
