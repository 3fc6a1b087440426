namespace Huizermaat.Approval.Workflow;

/// <summary>The stages of a draft, as the custom status, the read model and the HTTP API name them.</summary>
public static class ApprovalStages
{
    public const string Checking = "checking";
    public const string NeedsChanges = "needs-changes";
    public const string AwaitingApprovals = "awaiting-approvals";
    public const string Approved = "approved";
    public const string Scheduled = "scheduled";

    /// <summary>Approved and due, but held by the emergency stop ("Alles pauzeren") until an operator lifts it.</summary>
    public const string Paused = "paused";
    public const string Published = "published";
    public const string Rejected = "rejected";
    public const string ConsentRefused = "consent-refused";
    public const string Expired = "expired";
    public const string Withdrawn = "withdrawn";
    public const string TakenDown = "taken-down";
    public const string PublishFailed = "publish-failed";
}
