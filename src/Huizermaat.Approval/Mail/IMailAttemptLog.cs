namespace Huizermaat.Approval.Mail;

/// <summary>
/// Port: a durable record of mail attempts by message id (a table row), written before the provider is called and
/// again when it accepted, so that a retried activity never mails twice (mail providers have no idempotency key).
/// </summary>
public interface IMailAttemptLog
{
    Task<MailAttemptState> GetAsync(string messageId, CancellationToken cancellationToken);

    /// <summary>Records that the mail is about to be handed to the provider; false when an attempt was recorded already.</summary>
    Task<bool> TryRecordSendingAsync(string messageId, CancellationToken cancellationToken);

    /// <summary>Records that the provider accepted the mail.</summary>
    Task RecordSentAsync(string messageId, CancellationToken cancellationToken);

    /// <summary>Forgets an attempt the provider answered with a refusal: the mail was not sent and may be tried again.</summary>
    Task ForgetAsync(string messageId, CancellationToken cancellationToken);
}
