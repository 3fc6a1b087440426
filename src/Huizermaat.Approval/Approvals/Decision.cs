namespace Huizermaat.Approval.Approvals;

/// <summary>
/// An approver's answer on one step. <see cref="EventId"/> identifies the click (events are delivered at
/// least once); <see cref="ContentHash"/> is the revision the approver was shown.
/// </summary>
public sealed record Decision(
    string EventId,
    string StepId,
    string ActorId,
    bool Approved,
    string ContentHash,
    DateTimeOffset At,
    string? Comment = null);
