namespace Huizermaat.Approval.Workflow.Events;

/// <summary>
/// The external events an approval instance (instance id = draft id) listens for. Every payload carries an
/// <c>EventId</c>: delivery is at least once, and an id seen before is ignored.
/// </summary>
public static class ApprovalEvents
{
    /// <summary>An approver's answer: <see cref="DecisionEvent"/>.</summary>
    public const string Decision = "Decision";

    /// <summary>The author stored a new revision: <see cref="ReviseEvent"/>.</summary>
    public const string Revise = "Revise";

    /// <summary>The author withdraws the draft: <see cref="WithdrawEvent"/>.</summary>
    public const string Withdraw = "Withdraw";

    /// <summary>A consent holder takes back consent before publication: <see cref="ConsentWithdrawnEvent"/>.</summary>
    public const string ConsentWithdrawn = "ConsentWithdrawn";

    /// <summary>An operator lifted the emergency stop ("Alles pauzeren"): <see cref="ResumeEvent"/>.</summary>
    public const string Resume = "Resume";
}
