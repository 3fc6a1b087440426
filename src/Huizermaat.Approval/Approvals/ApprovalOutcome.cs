namespace Huizermaat.Approval.Approvals;

public enum ApprovalOutcome
{
    Pending,
    Approved,

    /// <summary>The manager (or deputy) rejected the post.</summary>
    Rejected,

    /// <summary>A consent holder said no.</summary>
    ConsentRefused,
}
