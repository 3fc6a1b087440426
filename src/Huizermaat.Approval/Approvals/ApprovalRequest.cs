namespace Huizermaat.Approval.Approvals;

/// <summary>One mail with a link asking <paramref name="HolderId"/> to decide <paramref name="StepId"/>: each is sent once.</summary>
public sealed record ApprovalRequest(string StepId, string HolderId, RequestPurpose Purpose);
