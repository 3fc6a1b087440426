namespace Huizermaat.Approval.Workflow;

/// <summary>The custom status of a running instance: its stage and the steps still waiting.</summary>
public sealed record ApprovalStatus(string Stage, int Revision, IReadOnlyList<string> PendingStepIds);
