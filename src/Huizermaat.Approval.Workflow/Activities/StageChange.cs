namespace Huizermaat.Approval.Workflow.Activities;

/// <param name="At">The orchestration's time of the change (deterministic, so a retried write keeps one audit line).</param>
public sealed record StageChange(
    string DraftId, int Revision, string Stage, DateTimeOffset At, IReadOnlyList<string> PendingStepIds, string Actor, string? Detail = null);
