using Huizermaat.Approval.Mail;
using Huizermaat.Approval.Mail.Templates;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.Extensions.Logging;

namespace Huizermaat.Approval.Workflow;

/// <summary>
/// Sends the workflow's mails at most once per message id (<see cref="SendOnce"/> with the mail attempt log), rendered
/// with the Dutch templates and with the composer's custom arguments (instance, step, kind) and the workflow's own
/// (draft, and a message id stable for one purpose, so that a retried activity uses the same id). A mail whose earlier
/// attempt was never confirmed is not sent again: a warning is logged and the draft's audit trail says so.
/// </summary>
public sealed partial class WorkflowMail(
    IMailSender sender, IMailAttemptLog attempts, AuditLog audit, TimeProvider time, ILogger<WorkflowMail> logger)
{
    /// <summary>The audit action of a mail that may not have been delivered.</summary>
    public const string PossiblyNotDeliveredAction = "mail-possibly-not-delivered";

    /// <summary>The audit action of a mail the provider accepted (facts: kind, recipient, address, step, message id).</summary>
    public const string SentAction = "mail:sent";

    /// <summary>
    /// Sends the mail <paramref name="prepare"/> makes, unless the message id was attempted before; then
    /// <paramref name="prepare"/> is not called (it may create what the mail refers to, such as a link's token).
    /// </summary>
    public async Task<MailSendOutcome> SendOnceAsync(string draftId, string messageId, Func<Task<MailModel>> prepare, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepare);
        MailMessage? composed = null;
        var outcome = await sender.SendOnceAsync(messageId, attempts, async _ => composed = Compose(await prepare(), messageId), cancellationToken);
        switch (outcome)
        {
            case MailSendOutcome.Sent when composed is not null:
                var sentAt = time.GetUtcNow();
                await audit.AppendAsync(
                    draftId,
                    new AuditEntry($"mail-sent-{messageId}", sentAt, AuditActors.System, SentAction, $"{composed.Kind} mail {messageId} to {composed.To.Email} accepted by the mail provider")
                    {
                        Facts = new Dictionary<string, string>
                        {
                            [AuditFacts.MailKind] = composed.Kind.ToString(),
                            [AuditFacts.RecipientName] = composed.To.Name ?? string.Empty,
                            [AuditFacts.Email] = composed.To.Email,
                            [AuditFacts.Step] = composed.CustomArgs.GetValueOrDefault(MailArgs.StepId, string.Empty),
                            [AuditFacts.MessageId] = messageId,
                        },
                    },
                    cancellationToken);
                break;
            case MailSendOutcome.AlreadySent:
                LogAlreadySent(messageId, draftId);
                break;
            case MailSendOutcome.PossiblyNotDelivered:
                LogPossiblyNotDelivered(messageId, draftId);
                var now = time.GetUtcNow();
                await audit.AppendAsync(
                    draftId,
                    new AuditEntry(
                        $"mail-unconfirmed-{messageId}",
                        now,
                        AuditActors.System,
                        PossiblyNotDeliveredAction,
                        $"Mail {messageId} was handed to the mail provider but never confirmed (the host stopped); it was not sent again and may not have been delivered.")
                    {
                        Facts = new Dictionary<string, string> { [AuditFacts.MessageId] = messageId },
                    },
                    cancellationToken);
                break;
        }

        return outcome;
    }

    private static MailMessage Compose(MailModel model, string messageId)
    {
        var message = MailComposer.Compose(model);
        var args = new Dictionary<string, string>(message.CustomArgs)
        {
            [MailArgs.DraftId] = model.InstanceId,
            [MailArgs.StepId] = model.StepId,
            [MailArgs.MessageId] = messageId,
        };
        return message with { CustomArgs = args };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail {MessageId} of draft {DraftId} was sent before; not sending it again")]
    private partial void LogAlreadySent(string messageId, string draftId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MessageId} of draft {DraftId} was handed to the mail provider but never confirmed; not sending it again, so it may not have been delivered")]
    private partial void LogPossiblyNotDelivered(string messageId, string draftId);
}
