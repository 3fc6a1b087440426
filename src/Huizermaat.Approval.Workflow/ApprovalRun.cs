using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Workflow.Activities;
using Huizermaat.Approval.Workflow.Events;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.DurableTask;

namespace Huizermaat.Approval.Workflow;

/// <summary>
/// The state of one execution of <see cref="ApprovalOrchestrator"/>, rebuilt by replay. Orchestrator code:
/// deterministic, time from <see cref="TaskOrchestrationContext.CurrentUtcDateTime"/>, I/O only in activities.
/// </summary>
internal sealed class ApprovalRun(TaskOrchestrationContext context, string draftId)
{
    private const string System = "system";

    // Bounds keep the history of one instance finite: past them the instance fails, visibly, for an operator.
    private const int MaxRevisions = 50;
    private const int MaxWakesPerPhase = 1_000;

    private readonly HashSet<string> seenEvents = new(StringComparer.Ordinal);

    // One outstanding waiter per event name, kept across waits: the SDK hands an event to the newest waiter of
    // its name, so a waiter abandoned (or cancelled) would swallow the next event. Events arriving while no
    // waiter exists are buffered by the SDK for the next one.
    private Task<DecisionEvent>? decisionWait;
    private Task<ReviseEvent>? reviseWait;
    private Task<WithdrawEvent>? withdrawWait;
    private Task<ConsentWithdrawnEvent>? consentWithdrawnWait;

    private DateTimeOffset Now => new(context.CurrentUtcDateTime, TimeSpan.Zero);

    public async Task<ApprovalResult> RunAsync(int revision)
    {
        for (var round = 0; round < MaxRevisions; round++)
        {
            SetStatus(ApprovalStages.Checking, revision, []);
            var checkedRevision = await context.CallActivityAsync<CheckedRevision>(nameof(CheckRevision), new RevisionRef(draftId, revision));
            var interruption = await RunRevisionAsync(checkedRevision);
            if (interruption.NewRevision is { } next)
            {
                await context.CallActivityAsync<int>(nameof(CloseRequests), new RequestClosure(draftId, ApprovalRecordStates.Voided, IncludeAnswered: true));
                revision = next;
                continue;
            }

            return await EndAsync(checkedRevision, interruption);
        }

        throw new InvalidOperationException($"Draft {draftId} was revised more than {MaxRevisions} times.");
    }

    private async Task<ApprovalInterruption> RunRevisionAsync(CheckedRevision revision)
    {
        if (revision.Plan is not { } plan || plan.Problems.Count > 0)
        {
            var detail = revision.Plan is null
                ? $"{revision.BlockingFindings} blocking finding(s)"
                : string.Join("; ", revision.Plan.Problems.Select(p => $"{p.Kind}: {p.PersonId}"));
            await RecordStageAsync(revision, ApprovalStages.NeedsChanges, [], System, detail);
            await NotifyAuthorAsync(revision, ApprovalStages.NeedsChanges, detail);
            SetStatus(ApprovalStages.NeedsChanges, revision.Revision, []);
            return await WaitForAuthorAsync();
        }

        if (plan.RefusedByRegister.Count > 0)
        {
            return new ApprovalInterruption(
                EndStage: ApprovalStages.ConsentRefused,
                Actor: "consent-register",
                Detail: $"The consent register says no to social media for: {string.Join(", ", plan.RefusedByRegister)}",
                PersonIds: plan.RefusedByRegister);
        }

        var approval = await CollectApprovalsAsync(revision, plan);
        if (approval is not null)
        {
            return approval;
        }

        if (revision.Capacity == Capacity.Personal)
        {
            // A personal post is the author's to post (B.3): the workflow ends once everyone shown consented.
            return new ApprovalInterruption(EndStage: ApprovalStages.Approved);
        }

        SetStatus(ApprovalStages.Approved, revision.Revision, []);
        await RecordStageAsync(revision, ApprovalStages.Approved, [], System);
        if (revision.PublishAt is { } publishAt && publishAt > Now)
        {
            var scheduled = await WaitUntilPublishTimeAsync(revision, plan, publishAt);
            if (scheduled is not null)
            {
                return scheduled;
            }
        }

        return await PublishAsync(revision);
    }

    private async Task<ApprovalInterruption?> CollectApprovalsAsync(CheckedRevision revision, ApprovalPlan plan)
    {
        var options = revision.Options;
        var asked = Now;
        var deadlines = StepDeadlines.Compute(asked, revision.PublishAt, options);
        var decisions = new List<Decision>();
        var outbox = new List<(DateTimeOffset Due, DecisionRequest Request)>();
        var (reminded, escalated) = (false, false);
        string? recordedPending = null;

        void Enqueue(string stepId, string holderId, bool guardian, RequestPurpose purpose, DateTimeOffset at)
        {
            var due = guardian ? SchoolClock.OutsideQuietHours(at, options) : at;
            if (due < deadlines.Expiry)
            {
                outbox.Add((due, new DecisionRequest(draftId, revision.Revision, revision.ContentHash, stepId, holderId, purpose, due, deadlines.Expiry)));
            }
        }

        if (plan.Manager is { } manager)
        {
            Enqueue(StepIds.Manager, manager.ManagerId, guardian: false, RequestPurpose.Request, asked);
        }

        foreach (var step in plan.Consents)
        {
            foreach (var holder in step.HolderIds)
            {
                Enqueue(step.StepId, holder, step.HoldersAreGuardians, RequestPurpose.Request, asked);
            }
        }

        await SendDueAsync(outbox, asked);
        for (var wakes = 0; wakes < MaxWakesPerPhase; wakes++)
        {
            var tally = ApprovalTally.Evaluate(plan, decisions, revision.ContentHash, escalated);
            switch (tally.Outcome)
            {
                case ApprovalOutcome.Approved:
                    await context.CallActivityAsync<int>(nameof(CloseRequests), new RequestClosure(draftId, ApprovalRecordStates.Closed, IncludeAnswered: false));
                    return null;
                case ApprovalOutcome.Rejected:
                    return new ApprovalInterruption(
                        EndStage: ApprovalStages.Rejected, Actor: tally.Deciding!.ActorId, Detail: tally.Deciding.Comment, Comment: tally.Deciding.Comment);
                case ApprovalOutcome.ConsentRefused:
                    return new ApprovalInterruption(
                        EndStage: ApprovalStages.ConsentRefused,
                        Actor: tally.Deciding!.ActorId,
                        Detail: $"{StepIds.ConsentPersonId(tally.Deciding.StepId)}: {tally.Deciding.Comment}",
                        PersonIds: [StepIds.ConsentPersonId(tally.Deciding.StepId)!],
                        Comment: tally.Deciding.Comment);
            }

            var pendingKey = string.Join(',', tally.PendingStepIds);
            if (pendingKey != recordedPending)
            {
                recordedPending = pendingKey;
                await RecordStageAsync(revision, ApprovalStages.AwaitingApprovals, tally.PendingStepIds, System);
                SetStatus(ApprovalStages.AwaitingApprovals, revision.Revision, tally.PendingStepIds);
            }

            var wake = new[]
            {
                outbox.Count > 0 ? outbox.Min(o => o.Due) : (DateTimeOffset?)null,
                reminded ? null : deadlines.Reminder,
                escalated ? null : deadlines.Escalation,
                deadlines.Expiry,
            }.Where(d => d is not null).Min()!.Value;

            var signal = await NextSignalAsync(wake);
            if (signal.IsTimer)
            {
                var now = Now > wake ? Now : wake; // a timer may fire up to a second early
                if (now >= deadlines.Expiry)
                {
                    await context.CallActivityAsync<int>(nameof(CloseRequests), new RequestClosure(draftId, ApprovalRecordStates.Expired, IncludeAnswered: false));
                    return new ApprovalInterruption(
                        EndStage: ApprovalStages.Expired,
                        Detail: $"No answer from every approver by {deadlines.Expiry:u}: silence is never consent. Waiting for: {pendingKey}");
                }

                if (!reminded && deadlines.Reminder <= now)
                {
                    reminded = true;
                    foreach (var (stepId, holderId, guardian) in Unanswered(plan, tally.PendingStepIds, decisions, revision.ContentHash))
                    {
                        Enqueue(stepId, holderId, guardian, RequestPurpose.Reminder, now);
                    }
                }

                if (!escalated && deadlines.Escalation <= now)
                {
                    escalated = true;
                    if (plan.Manager is { AdviceOnly: false, DeputyId: { } deputy } && tally.PendingStepIds.Contains(StepIds.Manager))
                    {
                        Enqueue(StepIds.Manager, deputy, guardian: false, RequestPurpose.Escalation, now);
                    }
                }

                await SendDueAsync(outbox, now);
                continue;
            }

            if (signal.Decision is { } answer)
            {
                var decision = new Decision(answer.EventId, answer.StepId, answer.ActorId, answer.Approved, answer.ContentHash, Now, answer.Comment);
                var counted = answer.ContentHash == revision.ContentHash && ApprovalTally.IsEntitled(plan, answer.StepId, answer.ActorId, escalated);
                await context.CallActivityAsync<bool>(nameof(RecordDecision), new DecisionRecord(draftId, revision.Revision, decision, counted));
                decisions.Add(decision);
                continue;
            }

            var interruption = Interrupt(signal, plan, escalated);
            if (interruption is not null)
            {
                return interruption;
            }
        }

        throw TooManyEvents();
    }

    private async Task<ApprovalInterruption?> WaitUntilPublishTimeAsync(CheckedRevision revision, ApprovalPlan plan, DateTimeOffset publishAt)
    {
        await RecordStageAsync(revision, ApprovalStages.Scheduled, [], System, $"{publishAt:u}");
        SetStatus(ApprovalStages.Scheduled, revision.Revision, []);
        for (var wakes = 0; wakes < MaxWakesPerPhase; wakes++)
        {
            var signal = await NextSignalAsync(publishAt);
            if (signal.IsTimer)
            {
                return null;
            }

            if (Interrupt(signal, plan, escalated: true) is { } interruption)
            {
                return interruption;
            }
        }

        throw TooManyEvents();
    }

    private async Task<ApprovalInterruption> PublishAsync(CheckedRevision revision)
    {
        var options = revision.Options;
        var retry = TaskOptions.FromRetryPolicy(new RetryPolicy(
            maxNumberOfAttempts: Math.Max(1, options.PublishAttempts), firstRetryInterval: options.PublishFirstRetry, backoffCoefficient: 2));

        async Task<ChannelOutcome> PublishOne(Channel channel)
        {
            try
            {
                return await context.CallActivityAsync<ChannelOutcome>(nameof(PublishChannel), new ChannelPublication(draftId, revision.Revision, channel), retry);
            }
            catch (TaskFailedException e)
            {
                var error = e.FailureDetails.ErrorMessage;
                await context.CallActivityAsync<bool>(nameof(RecordChannelFailure), new ChannelFailure(draftId, revision.Revision, channel, error));
                return new ChannelOutcome(channel, null, error);
            }
        }

        var outcomes = await Task.WhenAll(revision.Channels.Select(PublishOne));
        var failed = outcomes.Where(o => !o.Published).ToList();
        return failed.Count == 0
            ? new ApprovalInterruption(EndStage: ApprovalStages.Published, Detail: string.Join(" ", outcomes.Select(o => o.Url)))
            : new ApprovalInterruption(EndStage: ApprovalStages.PublishFailed, Detail: string.Join("; ", failed.Select(f => $"{f.Channel.ToName()}: {f.Error}")));
    }

    private async Task<ApprovalInterruption> WaitForAuthorAsync()
    {
        for (var wakes = 0; wakes < MaxWakesPerPhase; wakes++)
        {
            var signal = await NextSignalAsync(until: null);
            if (signal.Revise is { } revise)
            {
                return new ApprovalInterruption(NewRevision: revise.Revision);
            }

            if (signal.Withdraw is { } withdraw)
            {
                return new ApprovalInterruption(EndStage: ApprovalStages.Withdrawn, Actor: withdraw.ActorId, Detail: withdraw.Reason);
            }

            // A decision or a consent withdrawal has nothing to act on while the author revises: the next
            // revision asks everyone again.
        }

        throw TooManyEvents();
    }

    private InvalidOperationException TooManyEvents() =>
        new($"Draft {draftId} received more than {MaxWakesPerPhase} events in one stage.");

    /// <summary>A revision, a withdrawal, or a consent taken back by its holder; null for anything else.</summary>
    private static ApprovalInterruption? Interrupt(ApprovalSignal signal, ApprovalPlan plan, bool escalated)
    {
        if (signal.Revise is { } revise)
        {
            return new ApprovalInterruption(NewRevision: revise.Revision);
        }

        if (signal.Withdraw is { } withdraw)
        {
            return new ApprovalInterruption(EndStage: ApprovalStages.Withdrawn, Actor: withdraw.ActorId, Detail: withdraw.Reason);
        }

        if (signal.ConsentWithdrawn is { } consent && ApprovalTally.IsEntitled(plan, StepIds.Consent(consent.PersonId), consent.ActorId, escalated))
        {
            return new ApprovalInterruption(
                EndStage: ApprovalStages.ConsentRefused, Actor: consent.ActorId, Detail: $"{consent.PersonId}: {consent.Reason}", PersonIds: [consent.PersonId], Comment: consent.Reason);
        }

        return null;
    }

    private static IEnumerable<(string StepId, string HolderId, bool Guardian)> Unanswered(
        ApprovalPlan plan, IReadOnlyList<string> pending, List<Decision> decisions, string contentHash)
    {
        bool Answered(string stepId, string holderId) =>
            decisions.Any(d => d.StepId == stepId && d.ActorId == holderId && d.ContentHash == contentHash);

        if (plan.Manager is { AdviceOnly: false } manager && pending.Contains(StepIds.Manager))
        {
            yield return (StepIds.Manager, manager.ManagerId, false);
        }

        foreach (var step in plan.Consents.Where(c => pending.Contains(c.StepId)))
        {
            foreach (var holder in step.HolderIds.Where(h => !Answered(step.StepId, h)))
            {
                yield return (step.StepId, holder, step.HoldersAreGuardians);
            }
        }
    }

    private async Task SendDueAsync(List<(DateTimeOffset Due, DecisionRequest Request)> outbox, DateTimeOffset now)
    {
        var due = outbox.Where(o => o.Due <= now).ToList();
        outbox.RemoveAll(o => o.Due <= now);
        await Task.WhenAll(due.Select(o => context.CallActivityAsync<bool>(nameof(RequestDecision), o.Request)));
    }

    /// <summary>The next new event, or the timer at <paramref name="until"/>; the timer is cancelled when an event wins.</summary>
    private async Task<ApprovalSignal> NextSignalAsync(DateTimeOffset? until)
    {
        for (var duplicates = 0; duplicates < MaxWakesPerPhase; duplicates++)
        {
            decisionWait ??= context.WaitForExternalEvent<DecisionEvent>(ApprovalEvents.Decision);
            reviseWait ??= context.WaitForExternalEvent<ReviseEvent>(ApprovalEvents.Revise);
            withdrawWait ??= context.WaitForExternalEvent<WithdrawEvent>(ApprovalEvents.Withdraw);
            consentWithdrawnWait ??= context.WaitForExternalEvent<ConsentWithdrawnEvent>(ApprovalEvents.ConsentWithdrawn);

            using var timerCancellation = new CancellationTokenSource();
            var timer = until is { } at ? context.CreateTimer(at.UtcDateTime, timerCancellation.Token) : null;
            List<Task> waits = [decisionWait, reviseWait, withdrawWait, consentWithdrawnWait];
            if (timer is not null)
            {
                waits.Add(timer);
            }

            var winner = await Task.WhenAny(waits);
            if (winner == timer)
            {
                return ApprovalSignal.Timer;
            }

            // Cancel synchronously: CancelAsync would continue on a thread-pool thread, outside the orchestrator's scheduler.
#pragma warning disable CA1849 // Call async methods when in an async method
            timerCancellation.Cancel();
#pragma warning restore CA1849
            var signal = Take(winner);
            if (seenEvents.Add(signal.EventId!))
            {
                return signal;
            }
        }

        throw TooManyEvents();
    }

    private ApprovalSignal Take(Task winner)
    {
        if (winner == decisionWait)
        {
            decisionWait = null;
            return new ApprovalSignal(Decision: ((Task<DecisionEvent>)winner).Result);
        }

        if (winner == reviseWait)
        {
            reviseWait = null;
            return new ApprovalSignal(Revise: ((Task<ReviseEvent>)winner).Result);
        }

        if (winner == withdrawWait)
        {
            withdrawWait = null;
            return new ApprovalSignal(Withdraw: ((Task<WithdrawEvent>)winner).Result);
        }

        consentWithdrawnWait = null;
        return new ApprovalSignal(ConsentWithdrawn: ((Task<ConsentWithdrawnEvent>)winner).Result);
    }

    private async Task<ApprovalResult> EndAsync(CheckedRevision revision, ApprovalInterruption end)
    {
        var (stage, actor, detail) = (end.EndStage!, end.Actor, end.Detail);
        SetStatus(stage, revision.Revision, []);
        await RecordStageAsync(revision, stage, [], actor, detail);
        if (stage is not ApprovalStages.Published)
        {
            await context.CallActivityAsync<int>(nameof(CloseRequests), new RequestClosure(draftId, ApprovalRecordStates.Closed, IncludeAnswered: false));
        }

        if (stage is not ApprovalStages.Withdrawn)
        {
            await context.CallActivityAsync<bool>(
                nameof(NotifyAuthor),
                new AuthorNotice(draftId, revision.Revision, revision.AuthorId, stage, detail, actor, end.PersonIds, end.Comment));
        }

        return new ApprovalResult(stage, revision.Revision, detail);
    }

    private Task RecordStageAsync(CheckedRevision revision, string stage, IReadOnlyList<string> pending, string actor, string? detail = null) =>
        context.CallActivityAsync<bool>(nameof(RecordStage), new StageChange(draftId, revision.Revision, stage, Now, pending, actor, detail));

    private Task NotifyAuthorAsync(CheckedRevision revision, string stage, string? detail) =>
        context.CallActivityAsync<bool>(nameof(NotifyAuthor), new AuthorNotice(draftId, revision.Revision, revision.AuthorId, stage, detail));

    // Set after the stage's activities: the status is saved with the next checkpoint, so a status that names a
    // waiting stage means the instance is at rest in it, with no activity in flight.
    private void SetStatus(string stage, int revision, IReadOnlyList<string> pending) =>
        context.SetCustomStatus(new ApprovalStatus(stage, revision, pending));
}
