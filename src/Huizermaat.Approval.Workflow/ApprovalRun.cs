using Huizermaat.Approval.Approvals;
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

    // Bounds the history of one instance (with ApprovalWorkflow.MaxRevisions): past it the instance fails, visibly, for an operator.
    private const int MaxWakesPerPhase = 1_000;

    private static readonly TimeSpan TimerSkew = TimeSpan.FromSeconds(5);

    private readonly ApprovalInbox inbox = new(context, MaxWakesPerPhase);

    private DateTimeOffset Now => new(context.CurrentUtcDateTime, TimeSpan.Zero);

    public async Task<ApprovalResult> RunAsync(int revision)
    {
        for (var round = 0; round < ApprovalWorkflow.MaxRevisions; round++)
        {
            SetStatus(ApprovalStages.Checking, revision, []);
            var checkedRevision = await context.CheckRevisionAsync(draftId, revision);
            var interruption = await RunRevisionAsync(checkedRevision);
            if (interruption.NewRevision is { } next)
            {
                await context.CloseRequestsAsync(draftId, checkedRevision.Revision, ApprovalRecordStates.Voided, includeAnswered: true);
                revision = next;
                continue;
            }

            return await EndAsync(checkedRevision, interruption);
        }

        throw new InvalidOperationException($"Draft {draftId} was revised more than {ApprovalWorkflow.MaxRevisions} times.");
    }

    private async Task<ApprovalInterruption> RunRevisionAsync(CheckedRevision revision)
    {
        if (revision.Plan is not { } plan || plan.Problems.Count > 0)
        {
            var detail = revision.Plan is null
                ? $"{revision.BlockingFindings} blocking finding(s)"
                : string.Join("; ", revision.Plan.Problems.Select(p => $"{p.Kind}: {p.PersonId}"));
            await context.RecordStageAsync(draftId, revision.Revision, ApprovalStages.NeedsChanges, System, detail, problems: revision.Plan?.Problems);
            await context.NotifyAuthorAsync(new AuthorNotice(draftId, revision.Revision, revision.AuthorId, ApprovalStages.NeedsChanges, detail)
            {
                Problems = revision.Plan?.Problems ?? [],
            });
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

        if (await CollectApprovalsAsync(revision, plan) is { } interruption)
        {
            return interruption;
        }

        if (revision.Capacity == Capacity.Personal)
        {
            // A personal post is the author's to post (B.3): the workflow ends once everyone shown consented.
            return new ApprovalInterruption(EndStage: ApprovalStages.Approved);
        }

        SetStatus(ApprovalStages.Approved, revision.Revision, []);
        await context.RecordStageAsync(draftId, revision.Revision, ApprovalStages.Approved, System);
        if (revision.PublishAt is { } publishAt && publishAt > Now && await WaitUntilPublishTimeAsync(revision, plan, publishAt) is { } scheduled)
        {
            return scheduled;
        }

        if (await context.WhilePausedAsync(inbox, draftId, revision.Revision, MaxWakesPerPhase, signal => Interrupt(signal, plan, escalated: true),
            stage => SetStatus(stage, revision.Revision, [])) is { } held)
        {
            return held;
        }

        var options = revision.Options;
        var published = await context.PublishAsync(draftId, revision.Revision, revision.Channels, options.PublishAttempts, options.PublishFirstRetry);
        return new ApprovalInterruption(EndStage: published.Stage, Detail: published.Detail);
    }

    /// <summary>Sends what <see cref="ApprovalSchedule"/> says is due and counts the answers; null once everyone approved.</summary>
    private async Task<ApprovalInterruption?> CollectApprovalsAsync(CheckedRevision revision, ApprovalPlan plan)
    {
        var deadlines = StepDeadlines.Compute(Now, revision.PublishAt, revision.Options);
        var (decisions, sent, at) = (new List<Decision>(), new List<ApprovalRequest>(), Now);
        string? recordedPending = null;
        for (var wakes = 0; wakes < MaxWakesPerPhase; wakes++)
        {
            var tally = ApprovalTally.Evaluate(plan, decisions, revision.ContentHash, deadlines.IsEscalatedAt(at));
            if (tally.Outcome == ApprovalOutcome.Approved)
            {
                await context.CloseRequestsAsync(draftId, revision.Revision, ApprovalRecordStates.Closed);
                return null;
            }

            if (Refusal(tally) is { } refusal)
            {
                return refusal;
            }

            var schedule = ApprovalSchedule.Evaluate(plan, deadlines, decisions, revision.ContentHash, sent, at, revision.Options);
            if (schedule.Expired)
            {
                return await ExpireAsync(revision.Revision, deadlines, tally.PendingStepIds);
            }

            await Task.WhenAll(schedule.Due.Select(r => context.RequestDecisionAsync(
                new DecisionRequest(draftId, revision.Revision, revision.ContentHash, r.StepId, r.HolderId, r.Purpose, at, deadlines.Expiry))));
            sent.AddRange(schedule.Due);
            recordedPending = await RecordPendingAsync(revision.Revision, tally.PendingStepIds, recordedPending);

            var signal = await inbox.NextAsync(schedule.NextWake);
            at = Clock(at, signal is ApprovalSignal.TimerFired ? schedule.NextWake : null);
            if (signal is ApprovalSignal.Decided(var answer))
            {
                decisions.Add(await RecordDecisionAsync(revision, plan, answer, at, deadlines.IsEscalatedAt(at)));
            }
            else if (Interrupt(signal, plan, deadlines.IsEscalatedAt(at)) is { } interruption)
            {
                return interruption;
            }
        }

        throw TooManyEvents();
    }

    /// <summary>
    /// The schedule's clock: it never goes back, and a timer that fires a little early (by the storage's clock, at most
    /// <see cref="TimerSkew"/>) counts as fired on time, rather than waking the instance again for the rest of that time.
    /// </summary>
    private DateTimeOffset Clock(DateTimeOffset previous, DateTimeOffset? timerDue)
    {
        var now = timerDue is { } due && due > Now && due - Now <= TimerSkew ? due : Now;
        return now > previous ? now : previous;
    }

    private async Task<Decision> RecordDecisionAsync(CheckedRevision revision, ApprovalPlan plan, DecisionEvent answer, DateTimeOffset at, bool escalated)
    {
        var decision = new Decision(answer.EventId, answer.StepId, answer.ActorId, answer.Approved, answer.ContentHash, at, answer.Comment);
        var counted = answer.ContentHash == revision.ContentHash && ApprovalTally.IsEntitled(plan, answer.StepId, answer.ActorId, escalated);
        await context.RecordDecisionAsync(draftId, revision.Revision, decision, counted);
        return decision;
    }

    /// <summary>Records <c>awaiting-approvals</c> when the pending steps differ from <paramref name="recorded"/>; returns what is recorded.</summary>
    private async Task<string> RecordPendingAsync(int revision, IReadOnlyList<string> pending, string? recorded)
    {
        var key = string.Join(',', pending);
        if (key != recorded)
        {
            await context.RecordStageAsync(draftId, revision, ApprovalStages.AwaitingApprovals, System, pending: pending);
            SetStatus(ApprovalStages.AwaitingApprovals, revision, pending);
        }

        return key;
    }

    private async Task<ApprovalInterruption> ExpireAsync(int revision, StepDeadlines deadlines, IReadOnlyList<string> pending)
    {
        await context.CloseRequestsAsync(draftId, revision, ApprovalRecordStates.Expired);
        return new ApprovalInterruption(
            EndStage: ApprovalStages.Expired,
            Detail: $"No answer from every approver by {deadlines.Expiry:u}: silence is never consent. Waiting for: {string.Join(',', pending)}");
    }

    private async Task<ApprovalInterruption?> WaitUntilPublishTimeAsync(CheckedRevision revision, ApprovalPlan plan, DateTimeOffset publishAt)
    {
        await context.RecordStageAsync(draftId, revision.Revision, ApprovalStages.Scheduled, System, $"{publishAt:u}");
        SetStatus(ApprovalStages.Scheduled, revision.Revision, []);
        for (var wakes = 0; wakes < MaxWakesPerPhase; wakes++)
        {
            var signal = await inbox.NextAsync(publishAt);
            if (signal is ApprovalSignal.TimerFired)
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

    private async Task<ApprovalInterruption> WaitForAuthorAsync()
    {
        for (var wakes = 0; wakes < MaxWakesPerPhase; wakes++)
        {
            // A decision or a consent withdrawal has nothing to act on while the author revises: the next
            // revision asks everyone again.
            if (ByAuthor(await inbox.NextAsync(until: null)) is { } interruption)
            {
                return interruption;
            }
        }

        throw TooManyEvents();
    }

    private InvalidOperationException TooManyEvents() =>
        new($"Draft {draftId} received more than {MaxWakesPerPhase} events in one stage.");

    /// <summary>The manager's (or deputy's) "no", or a consent holder's; null for anything else.</summary>
    private static ApprovalInterruption? Refusal(TallyResult tally) => tally switch
    {
        { Outcome: ApprovalOutcome.Rejected, Deciding: { } no } =>
            new ApprovalInterruption(EndStage: ApprovalStages.Rejected, Actor: no.ActorId, Detail: no.Comment, Comment: no.Comment),
        { Outcome: ApprovalOutcome.ConsentRefused, Deciding: { } no } => ConsentRefused(no.ActorId, StepIds.ConsentPersonId(no.StepId)!, no.Comment),
        _ => null,
    };

    /// <summary>A revision or a withdrawal by the author; null for anything else.</summary>
    private static ApprovalInterruption? ByAuthor(ApprovalSignal signal) => signal switch
    {
        ApprovalSignal.Revised(var revise) => new ApprovalInterruption(NewRevision: revise.Revision),
        ApprovalSignal.Withdrawn(var withdraw) => new ApprovalInterruption(EndStage: ApprovalStages.Withdrawn, Actor: withdraw.ActorId, Detail: withdraw.Reason),
        _ => null,
    };

    /// <summary>A revision, a withdrawal, or a consent taken back by its holder; null for anything else.</summary>
    private static ApprovalInterruption? Interrupt(ApprovalSignal signal, ApprovalPlan plan, bool escalated) => signal switch
    {
        ApprovalSignal.ConsentWithdrawn(var consent) when ApprovalTally.IsEntitled(plan, StepIds.Consent(consent.PersonId), consent.ActorId, escalated) =>
            ConsentRefused(consent.ActorId, consent.PersonId, consent.Reason),
        _ => ByAuthor(signal),
    };

    private static ApprovalInterruption ConsentRefused(string actorId, string personId, string? reason) =>
        new(EndStage: ApprovalStages.ConsentRefused, Actor: actorId, Detail: $"{personId}: {reason}", PersonIds: [personId], Comment: reason);

    private async Task<ApprovalResult> EndAsync(CheckedRevision revision, ApprovalInterruption end)
    {
        var (stage, actor, detail) = (end.EndStage!, end.Actor, end.Detail);
        SetStatus(stage, revision.Revision, []);
        await context.RecordStageAsync(draftId, revision.Revision, stage, actor, detail, comment: end.Comment, personIds: end.PersonIds);
        if (stage is not ApprovalStages.Published)
        {
            await context.CloseRequestsAsync(draftId, revision.Revision, ApprovalRecordStates.Closed);
        }

        if (stage is not ApprovalStages.Withdrawn)
        {
            await context.NotifyAuthorAsync(new AuthorNotice(draftId, revision.Revision, revision.AuthorId, stage, detail, actor, end.PersonIds, end.Comment));
        }

        return new ApprovalResult(stage, revision.Revision, detail);
    }

    // Set after the stage's activities: the status is saved with the next checkpoint, so a status that names a
    // waiting stage means the instance is at rest in it, with no activity in flight.
    private void SetStatus(string stage, int revision, IReadOnlyList<string> pending) =>
        context.SetCustomStatus(new ApprovalStatus(stage, revision, pending));
}
