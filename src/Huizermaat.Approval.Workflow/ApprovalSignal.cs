using Huizermaat.Approval.Workflow.Events;

namespace Huizermaat.Approval.Workflow;

/// <summary>What woke an approval instance: its timer or one external event (<see cref="ApprovalInbox"/>).</summary>
internal abstract record ApprovalSignal
{
    private ApprovalSignal(string? eventId) => EventId = eventId;

    /// <summary>The event's id (delivery is at least once); null for the timer.</summary>
    public string? EventId { get; }

    public sealed record TimerFired() : ApprovalSignal((string?)null);

    public sealed record Decided(DecisionEvent Event) : ApprovalSignal(Event.EventId);

    public sealed record Revised(ReviseEvent Event) : ApprovalSignal(Event.EventId);

    public sealed record Withdrawn(WithdrawEvent Event) : ApprovalSignal(Event.EventId);

    public sealed record ConsentWithdrawn(ConsentWithdrawnEvent Event) : ApprovalSignal(Event.EventId);

    public sealed record Resumed(ResumeEvent Event) : ApprovalSignal(Event.EventId);
}
