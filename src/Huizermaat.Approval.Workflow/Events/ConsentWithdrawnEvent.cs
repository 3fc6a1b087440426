namespace Huizermaat.Approval.Workflow.Events;

/// <param name="PersonId">The person shown whose consent is withdrawn.</param>
/// <param name="ActorId">The consent holder who withdraws it.</param>
public sealed record ConsentWithdrawnEvent(string EventId, string PersonId, string ActorId, string? Reason = null);
