using System.Net.Http;

namespace Huizermaat.Approval.Mail;

public static class SendOnce
{
    /// <summary>
    /// Sends the mail of <paramref name="messageId"/> at most once. When the log knows the id, nothing is prepared or
    /// sent: <see cref="MailSendOutcome.AlreadySent"/> after an accepted attempt, <see cref="MailSendOutcome.PossiblyNotDelivered"/>
    /// after one that was never confirmed. Otherwise <paramref name="prepare"/> makes the message (and whatever must
    /// agree with it, such as a link's token), the attempt is recorded as sending, the provider called, and the attempt
    /// recorded as sent. A refusal by the provider (<see cref="MailDeliveryException"/>, or an HTTP status after its
    /// retries) is a definite "not sent": the attempt is forgotten, so a retry may send. Any other failure (no answer)
    /// leaves the attempt ambiguous.
    /// </summary>
    public static async Task<MailSendOutcome> SendOnceAsync(
        this IMailSender sender,
        string messageId,
        IMailAttemptLog attempts,
        Func<CancellationToken, Task<MailMessage>> prepare,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentNullException.ThrowIfNull(attempts);
        ArgumentNullException.ThrowIfNull(prepare);
        switch (await attempts.GetAsync(messageId, cancellationToken).ConfigureAwait(false))
        {
            case MailAttemptState.Sent:
                return MailSendOutcome.AlreadySent;
            case MailAttemptState.Sending:
                return MailSendOutcome.PossiblyNotDelivered;
        }

        var message = await prepare(cancellationToken).ConfigureAwait(false);
        if (!await attempts.TryRecordSendingAsync(messageId, cancellationToken).ConfigureAwait(false))
        {
            return MailSendOutcome.PossiblyNotDelivered;
        }

        try
        {
            await sender.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is MailDeliveryException or HttpRequestException { StatusCode: not null })
        {
            await attempts.ForgetAsync(messageId, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        await attempts.RecordSentAsync(messageId, cancellationToken).ConfigureAwait(false);
        return MailSendOutcome.Sent;
    }
}
