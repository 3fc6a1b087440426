namespace Huizermaat.Approval.Workflow;

/// <summary>How a phase of the approval ended other than by going on: a new revision, or an end stage.</summary>
internal sealed record ApprovalInterruption(int? NewRevision = null, string? EndStage = null, string Actor = "system", string? Detail = null);
