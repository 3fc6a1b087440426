namespace Huizermaat.Approval.Workflow;

/// <summary>Starts an approval instance; the revision must already be stored (<see cref="Storage.SubmissionStore"/>).</summary>
public sealed record ApprovalInput(string DraftId, int Revision);
