using Huizermaat.Approval.Workflow.Events;
using Microsoft.DurableTask;

namespace Huizermaat.Approval.Workflow;

/// <summary>
/// The external events of one approval instance, one new event at a time. Orchestrator code. It keeps one outstanding
/// waiter per event name across waits, and never cancels one: the SDK hands an event to the newest waiter of its name,
/// so an abandoned (or cancelled) waiter would swallow the next event. Events that arrive while no waiter exists are
/// buffered by the SDK for the next one. An event id seen before is passed over (delivery is at least once).
/// </summary>
internal sealed class ApprovalInbox
{
    private readonly TaskOrchestrationContext context;
    private readonly int maxDuplicates;
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly Func<Task<ApprovalSignal>>[] listeners;
    private readonly Task<ApprovalSignal>?[] waiters;

    public ApprovalInbox(TaskOrchestrationContext context, int maxDuplicates)
    {
        this.context = context;
        this.maxDuplicates = maxDuplicates;
        listeners =
        [
            () => ListenAsync<DecisionEvent>(ApprovalEvents.Decision, e => new ApprovalSignal.Decided(e)),
            () => ListenAsync<ReviseEvent>(ApprovalEvents.Revise, e => new ApprovalSignal.Revised(e)),
            () => ListenAsync<WithdrawEvent>(ApprovalEvents.Withdraw, e => new ApprovalSignal.Withdrawn(e)),
            () => ListenAsync<ConsentWithdrawnEvent>(ApprovalEvents.ConsentWithdrawn, e => new ApprovalSignal.ConsentWithdrawn(e)),
            () => ListenAsync<ResumeEvent>(ApprovalEvents.Resume, e => new ApprovalSignal.Resumed(e)),
        ];
        waiters = new Task<ApprovalSignal>?[listeners.Length];
    }

    /// <summary>The next new event, or <see cref="ApprovalSignal.TimerFired"/> at <paramref name="until"/> (null: no timer); the timer is cancelled when an event wins.</summary>
    public async Task<ApprovalSignal> NextAsync(DateTimeOffset? until)
    {
        for (var duplicates = 0; duplicates < maxDuplicates; duplicates++)
        {
            for (var i = 0; i < waiters.Length; i++)
            {
                waiters[i] ??= listeners[i]();
            }

            using var timerCancellation = new CancellationTokenSource();
            List<Task> waits = [.. waiters.OfType<Task>()];
            var timer = until is { } at ? context.CreateTimer(at.UtcDateTime, timerCancellation.Token) : null;
            if (timer is not null)
            {
                waits.Add(timer);
            }

            var winner = await Task.WhenAny(waits);
            if (winner == timer)
            {
                return new ApprovalSignal.TimerFired();
            }

            // Cancel synchronously: CancelAsync would continue on a thread-pool thread, outside the orchestrator's scheduler.
#pragma warning disable CA1849 // Call async methods when in an async method
            timerCancellation.Cancel();
#pragma warning restore CA1849
            waiters[Array.IndexOf(waiters, winner)] = null;
            var signal = await (Task<ApprovalSignal>)winner;
            if (seen.Add(signal.EventId!))
            {
                return signal;
            }
        }

        throw new InvalidOperationException($"Instance {context.InstanceId} received more than {maxDuplicates} repeated events in a row.");
    }

    private async Task<ApprovalSignal> ListenAsync<TEvent>(string name, Func<TEvent, ApprovalSignal> signal) =>
        signal(await context.WaitForExternalEvent<TEvent>(name));
}
