using Huizermaat.Approval.Approvals;

namespace Huizermaat.Approval.Workflow.Activities;

/// <param name="At">The orchestration's time of the change (deterministic, so a retried write keeps one audit line).</param>
/// <param name="Comment">For an end stage: the deciding person's own words (the rejection's comment, the reason consent was withdrawn).</param>
/// <param name="PersonIds">For a refused, withdrawn or register-refused consent: the people shown it concerns.</param>
/// <param name="Problems">For needs-changes: why the roster cannot say who must approve (for the audit trail).</param>
public sealed record StageChange(
    string DraftId,
    int Revision,
    string Stage,
    DateTimeOffset At,
    IReadOnlyList<string> PendingStepIds,
    string Actor,
    string? Detail = null,
    string? Comment = null,
    IReadOnlyList<string>? PersonIds = null,
    IReadOnlyList<PlanProblem>? Problems = null);
