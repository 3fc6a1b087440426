namespace Huizermaat.Approval.Workflow.Storage;

public static class ApprovalRecordStates
{
    public const string Requested = "requested";
    public const string Approved = "approved";
    public const string Refused = "refused";
    public const string Expired = "expired";

    /// <summary>The author revised the draft after this answer: it no longer counts.</summary>
    public const string Voided = "voided";

    /// <summary>The draft ended (rejected, refused, withdrawn) before this approver answered.</summary>
    public const string Closed = "closed";
}
