namespace Huizermaat.Approval.Approvals;

/// <summary>The author's manager must approve (official post), or is asked for advice only (personal post, B.3).</summary>
/// <param name="DeputyId">Offered the step when the manager has not answered by the escalation time.</param>
public sealed record ManagerStep(string ManagerId, string? DeputyId, bool AdviceOnly)
{
    public string StepId => StepIds.Manager;
}
