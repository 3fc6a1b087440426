namespace Huizermaat.Approval.Approvals;

/// <summary>Why an approver is mailed a link (<see cref="ApprovalSchedule"/>).</summary>
public enum RequestPurpose
{
    /// <summary>The first request, when the revision is submitted.</summary>
    Request,

    /// <summary>Not answered by the reminder time.</summary>
    Reminder,

    /// <summary>The manager step offered to the deputy.</summary>
    Escalation,
}
