namespace Huizermaat.Approval.Workflow.Events;

/// <param name="ContentHash">The revision the approver was shown (from the link); another revision's answer does not count.</param>
public sealed record DecisionEvent(string EventId, string StepId, string ActorId, bool Approved, string ContentHash, string? Comment = null);
