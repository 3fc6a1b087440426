namespace Huizermaat.Approval.Workflow;

/// <summary>How an approval instance ended: its last stage (<see cref="ApprovalStages"/>) and why.</summary>
public sealed record ApprovalResult(string Stage, int Revision, string? Detail = null);
