namespace Huizermaat.Approval.Approvals;

/// <summary>Where a revision stands, given the decisions received so far (in the order they arrived).</summary>
public static class ApprovalTally
{
    /// <summary>
    /// Only decisions for <paramref name="contentHash"/>, by someone entitled to the step, count; a repeated
    /// event id counts once. A "no" ends the draft; a step for one of several guardians is settled by the first "yes"
    /// unless all must consent. The manager's advice on a personal post does not hold the post up.
    /// </summary>
    public static TallyResult Evaluate(ApprovalPlan plan, IEnumerable<Decision> decisions, string contentHash, bool managerEscalated)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(decisions);

        var required = new List<string>();
        if (plan.Manager is { AdviceOnly: false })
        {
            required.Add(StepIds.Manager);
        }

        required.AddRange(plan.Consents.Select(c => c.StepId));
        var approvedBy = required.ToDictionary(s => s, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        var settled = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var decision in decisions)
        {
            if (!seen.Add(decision.EventId) || decision.ContentHash != contentHash
                || !IsEntitled(plan, decision.StepId, decision.ActorId, managerEscalated)
                || !approvedBy.TryGetValue(decision.StepId, out var approvers) || settled.Contains(decision.StepId))
            {
                continue;
            }

            if (!decision.Approved)
            {
                var outcome = decision.StepId == StepIds.Manager ? ApprovalOutcome.Rejected : ApprovalOutcome.ConsentRefused;
                return new TallyResult(outcome, [], decision);
            }

            approvers.Add(decision.ActorId);
            if (IsSatisfied(plan, decision.StepId, approvers))
            {
                settled.Add(decision.StepId);
            }
        }

        var pending = required.Where(s => !settled.Contains(s)).ToList();
        return pending.Count == 0 ? new TallyResult(ApprovalOutcome.Approved, []) : new TallyResult(ApprovalOutcome.Pending, pending);
    }

    /// <summary>Whether <paramref name="actorId"/> may decide <paramref name="stepId"/> (the deputy only after escalation).</summary>
    public static bool IsEntitled(ApprovalPlan plan, string stepId, string actorId, bool managerEscalated)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (stepId == StepIds.Manager)
        {
            return plan.Manager is { } manager
                && (actorId == manager.ManagerId || (managerEscalated && actorId == manager.DeputyId));
        }

        return plan.Consents.FirstOrDefault(c => c.StepId == stepId) is { } step && step.HolderIds.Contains(actorId);
    }

    /// <summary>The decisions a new revision voids: every one given for other content.</summary>
    public static IReadOnlyList<Decision> VoidedBy(IEnumerable<Decision> decisions, string newContentHash) =>
        [.. decisions.Where(d => d.ContentHash != newContentHash)];

    private static bool IsSatisfied(ApprovalPlan plan, string stepId, HashSet<string> approvers)
    {
        if (stepId == StepIds.Manager)
        {
            return approvers.Count > 0;
        }

        var step = plan.Consents.First(c => c.StepId == stepId);
        return step.RequiresAllHolders ? step.HolderIds.All(approvers.Contains) : approvers.Count > 0;
    }
}
