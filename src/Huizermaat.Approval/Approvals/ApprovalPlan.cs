namespace Huizermaat.Approval.Approvals;

/// <summary>Who must decide on a revision, and what the consent register already settles.</summary>
/// <param name="Manager">Null for a personal post that does not ask for advice.</param>
/// <param name="RefusedByRegister">People shown whose register entry says "no" to social media: the draft is refused at once.</param>
/// <param name="Problems">Roster gaps that stop the workflow before anyone is asked.</param>
public sealed record ApprovalPlan(
    ManagerStep? Manager,
    IReadOnlyList<ConsentStep> Consents,
    IReadOnlyList<string> RefusedByRegister,
    IReadOnlyList<PlanProblem> Problems)
{
    public bool CanProceed => Problems.Count == 0 && RefusedByRegister.Count == 0;
}
