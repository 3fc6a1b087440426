namespace Huizermaat.Approval.Approvals;

/// <param name="PendingStepIds">The steps still waiting for an answer (empty unless pending).</param>
/// <param name="Deciding">The decision that rejected or refused, if any.</param>
public sealed record TallyResult(ApprovalOutcome Outcome, IReadOnlyList<string> PendingStepIds, Decision? Deciding = null);
