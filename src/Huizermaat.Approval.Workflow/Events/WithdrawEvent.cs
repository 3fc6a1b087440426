namespace Huizermaat.Approval.Workflow.Events;

public sealed record WithdrawEvent(string EventId, string ActorId, string? Reason = null);
