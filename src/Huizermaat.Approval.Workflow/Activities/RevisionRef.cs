namespace Huizermaat.Approval.Workflow.Activities;

/// <param name="At">The orchestration's time of the call: the order of what the activity writes to the read model.</param>
public sealed record RevisionRef(string DraftId, int Revision, DateTimeOffset? At = null);
