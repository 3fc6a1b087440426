namespace Huizermaat.Approval.Mail;

/// <summary>
/// A delivery report for one mail, matched to the workflow by the custom arguments sent with it. A bounced or dropped
/// consent request is flagged to the author and the operators: the holder never saw it.
/// </summary>
public sealed record MailDeliveryEvent(
    string EventId,
    MailDeliveryOutcome Outcome,
    string Email,
    DateTimeOffset Timestamp,
    string? InstanceId,
    string? StepId,
    string? Reason);
