namespace Huizermaat.Approval.Workflow;

/// <param name="PersonId">The person the problem is about (the author, a person shown, or an approver).</param>
public sealed record PlanProblem(PlanProblemKind Kind, string PersonId);
