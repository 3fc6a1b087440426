namespace Huizermaat.Approval.Workflow.Events;

/// <summary>Raised after the new revision is stored (<see cref="Storage.SubmissionStore"/>): checks run again and earlier approvals are void.</summary>
public sealed record ReviseEvent(string EventId, int Revision);
