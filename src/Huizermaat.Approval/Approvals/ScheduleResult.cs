namespace Huizermaat.Approval.Approvals;

/// <param name="Due">The requests to send now, in the plan's order (manager, then each person shown).</param>
/// <param name="NextWake">When to look again if nothing happens first: the next request that is not due yet (a
/// reminder, the escalation, a guardian's mail held back by quiet hours) or else the expiry.</param>
/// <param name="Expired">The expiry has come: nothing more is sent and the revision ends unanswered.</param>
public sealed record ScheduleResult(IReadOnlyList<ApprovalRequest> Due, DateTimeOffset NextWake, bool Expired);
