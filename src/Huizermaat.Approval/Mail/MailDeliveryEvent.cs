namespace Huizermaat.Approval.Mail;

/// <summary>
/// A delivery report for one mail, matched to the workflow by the custom arguments sent with it. A bounced or dropped
/// consent request is flagged to the author and the operators: the holder never saw it.
/// </summary>
/// <param name="MessageId">The workflow's message id of the mail (custom argument <see cref="MessageIdArg"/>), when it carried one.</param>
public sealed record MailDeliveryEvent(
    string EventId,
    MailDeliveryOutcome Outcome,
    string Email,
    DateTimeOffset Timestamp,
    string? InstanceId,
    string? StepId,
    string? Reason,
    string? MessageId = null)
{
    /// <summary>The custom argument that carries the workflow's message id (stable per purpose).</summary>
    public const string MessageIdArg = "messageId";
}
