namespace Huizermaat.Approval.Approvals;

/// <summary>Which requests go out when, while a revision awaits its approvals.</summary>
public static class ApprovalSchedule
{
    /// <summary>
    /// The requests due at <paramref name="now"/> that were not sent yet, and when to look again. Every approver in the
    /// plan is asked at once (the manager also when only advice is asked); by the reminder time every approver on a
    /// step still pending who has not answered is reminded (not a manager asked for advice); by the escalation time the
    /// manager step, if still pending, is offered to the deputy. A guardian is never mailed in quiet hours: their mail
    /// waits until the quiet hours end, and a mail that could only go at or after the expiry never goes. Nothing is
    /// sent once a step is settled or its approver has answered; at the expiry nothing is sent any more.
    /// </summary>
    /// <param name="decisions">The decisions received so far; those for another <paramref name="contentHash"/> are no answer.</param>
    /// <param name="sent">The requests already sent.</param>
    public static ScheduleResult Evaluate(
        ApprovalPlan plan,
        StepDeadlines deadlines,
        IReadOnlyCollection<Decision> decisions,
        string contentHash,
        IReadOnlyCollection<ApprovalRequest> sent,
        DateTimeOffset now,
        ApprovalOptions options)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(deadlines);
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentNullException.ThrowIfNull(options);
        if (now >= deadlines.Expiry)
        {
            return new ScheduleResult([], deadlines.Expiry, Expired: true);
        }

        var pending = ApprovalTally.Evaluate(plan, decisions, contentHash, deadlines.IsEscalatedAt(now)).PendingStepIds;
        var due = new List<ApprovalRequest>();
        var next = deadlines.Expiry;
        foreach (var (request, from, guardian) in Wanted(plan, deadlines, pending, decisions, contentHash))
        {
            if (sent.Contains(request))
            {
                continue;
            }

            var at = from > now ? from : now;
            at = guardian ? SchoolClock.OutsideQuietHours(at, options) : at;
            if (at <= now)
            {
                due.Add(request);
            }
            else if (at < next)
            {
                next = at;
            }
        }

        return new ScheduleResult(due, next, Expired: false);
    }

    /// <summary>Every request the plan calls for while it is pending, with the time it may go out from.</summary>
    private static IEnumerable<(ApprovalRequest Request, DateTimeOffset From, bool Guardian)> Wanted(
        ApprovalPlan plan, StepDeadlines deadlines, IReadOnlyList<string> pending, IReadOnlyCollection<Decision> decisions, string contentHash)
    {
        bool Answered(string stepId, string holderId) =>
            decisions.Any(d => d.StepId == stepId && d.ActorId == holderId && d.ContentHash == contentHash);

        if (plan.Manager is { } manager && !Answered(StepIds.Manager, manager.ManagerId))
        {
            var required = !manager.AdviceOnly && pending.Contains(StepIds.Manager);
            if (manager.AdviceOnly || required)
            {
                yield return (new ApprovalRequest(StepIds.Manager, manager.ManagerId, RequestPurpose.Request), DateTimeOffset.MinValue, false);
            }

            if (required && deadlines.Reminder is { } reminder)
            {
                yield return (new ApprovalRequest(StepIds.Manager, manager.ManagerId, RequestPurpose.Reminder), reminder, false);
            }
        }

        if (plan.Manager is { AdviceOnly: false, DeputyId: { } deputy } && pending.Contains(StepIds.Manager) && deadlines.Escalation is { } escalation)
        {
            yield return (new ApprovalRequest(StepIds.Manager, deputy, RequestPurpose.Escalation), escalation, false);
        }

        foreach (var step in plan.Consents.Where(c => pending.Contains(c.StepId)))
        {
            foreach (var holder in step.HolderIds.Where(h => !Answered(step.StepId, h)))
            {
                yield return (new ApprovalRequest(step.StepId, holder, RequestPurpose.Request), DateTimeOffset.MinValue, step.HoldersAreGuardians);
                if (deadlines.Reminder is { } reminder)
                {
                    yield return (new ApprovalRequest(step.StepId, holder, RequestPurpose.Reminder), reminder, step.HoldersAreGuardians);
                }
            }
        }
    }
}
