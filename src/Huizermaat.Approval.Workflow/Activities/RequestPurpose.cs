namespace Huizermaat.Approval.Workflow.Activities;

public enum RequestPurpose
{
    Request,
    Reminder,

    /// <summary>The manager step offered to the deputy.</summary>
    Escalation,
}
