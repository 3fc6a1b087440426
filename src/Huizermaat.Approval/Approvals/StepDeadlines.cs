namespace Huizermaat.Approval.Approvals;

/// <summary>When pending approvers are reminded, the manager step is escalated, and the requests expire.</summary>
/// <param name="Reminder">Null when it would fall at or after the expiry.</param>
/// <param name="Escalation">Null when it would fall at or after the expiry.</param>
public sealed record StepDeadlines(DateTimeOffset? Reminder, DateTimeOffset? Escalation, DateTimeOffset Expiry)
{
    /// <param name="requestedAt">When the approvers were asked.</param>
    /// <param name="publishAt">The requested publish time: requests expire at it at the latest.</param>
    public static StepDeadlines Compute(DateTimeOffset requestedAt, DateTimeOffset? publishAt, ApprovalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var expiry = requestedAt + options.ExpiryAfter;
        if (publishAt is { } publish && publish > requestedAt && publish < expiry)
        {
            expiry = publish;
        }

        var reminder = requestedAt + options.ReminderAfter;
        var escalation = requestedAt + options.EscalationAfter;
        return new StepDeadlines(reminder < expiry ? reminder : null, escalation < expiry ? escalation : null, expiry);
    }

    /// <summary>Whether the manager step is offered to the deputy at <paramref name="now"/>, who may then decide it.</summary>
    public bool IsEscalatedAt(DateTimeOffset now) => Escalation <= now;
}
