using Huizermaat.Approval.Workflow.Events;

namespace Huizermaat.Approval.Workflow;

/// <summary>What woke an approval instance: its timer (all fields null) or one external event.</summary>
internal sealed record ApprovalSignal(
    DecisionEvent? Decision = null, ReviseEvent? Revise = null, WithdrawEvent? Withdraw = null, ConsentWithdrawnEvent? ConsentWithdrawn = null)
{
    public static ApprovalSignal Timer { get; } = new();

    public bool IsTimer => Decision is null && Revise is null && Withdraw is null && ConsentWithdrawn is null;

    public string? EventId => Decision?.EventId ?? Revise?.EventId ?? Withdraw?.EventId ?? ConsentWithdrawn?.EventId;
}
