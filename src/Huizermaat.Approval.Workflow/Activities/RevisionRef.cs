namespace Huizermaat.Approval.Workflow.Activities;

public sealed record RevisionRef(string DraftId, int Revision);
