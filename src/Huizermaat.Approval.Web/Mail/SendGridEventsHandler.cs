using System.Text.RegularExpressions;
using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Integrations.Mail;
using Huizermaat.Approval.Mail;
using Huizermaat.Approval.Mail.Templates;
using Huizermaat.Approval.Web.Api;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Web.Mail;

/// <summary>
/// <c>POST /api/mail/events</c>: SendGrid's Signed Event Webhook. Anonymous (SendGrid cannot sign in): the ECDSA
/// signature is the authentication, checked by <see cref="SendGridEventWebhook"/> against
/// <c>SendGrid:WebhookVerificationKey</c>; without that key every post is refused. A bounced or dropped workflow mail
/// is recorded once per <c>sg_event_id</c> (<see cref="UndeliveredMailStore"/>) and written to the draft's audit
/// trail, and the author gets a short Dutch notice when the mail was a request to an approver (not when it was a mail
/// to the author: that address is the one failing). A delivered workflow mail is written to the draft's audit trail
/// (<see cref="DeliveredAction"/>), so that its history says who got what; deferred events change nothing.
/// Bad signature: 403; a body that is not SendGrid's JSON: 400.
/// </summary>
public sealed partial class SendGridEventsHandler(
    SendGridEventWebhook webhook,
    DraftStateStore states,
    UndeliveredMailStore undelivered,
    AuditLog audit,
    RosterStore roster,
    WorkflowMail mailer,
    IOptions<WorkflowOptions> options,
    TimeProvider time,
    ILogger<SendGridEventsHandler> logger)
{
    public const string Route = "api/mail/events";

    /// <summary>The audit actor of what SendGrid reports.</summary>
    public const string Actor = AuditActors.SendGrid;

    public const string BouncedAction = "mail:bounced";
    public const string DroppedAction = "mail:dropped";
    public const string DeliveredAction = "mail:delivered";

    /// <summary>SendGrid posts batches well under this; a larger body is not theirs.</summary>
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    public async Task<IResult> HandleAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cancellationToken = request.HttpContext.RequestAborted;
        var body = await RequestBody.ReadBytesAsync(request, MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            LogRejected(logger, "body larger than the limit");
            return ApiError.TooLarge($"The event post is larger than {MaxBodyBytes} bytes.");
        }

        IReadOnlyList<MailDeliveryEvent> events;
        try
        {
            events = webhook.Read(
                body,
                request.Headers[SendGridEventWebhook.SignatureHeader].ToString(),
                request.Headers[SendGridEventWebhook.TimestampHeader].ToString());
        }
        catch (WebhookRejectedException e)
        {
            LogRejected(logger, e.Message);
            return e.Malformed ? ApiError.BadRequest(e.Message) : ApiError.Forbidden(e.Message);
        }

        var recorded = 0;
        foreach (var delivery in events)
        {
            if (delivery.Outcome is not (MailDeliveryOutcome.Bounced or MailDeliveryOutcome.Dropped or MailDeliveryOutcome.Delivered))
            {
                continue;
            }

            if (delivery.InstanceId is not { } draftId || !DraftId().IsMatch(draftId) || delivery.EventId.Length == 0
                || await states.GetAsync(draftId, cancellationToken).ConfigureAwait(false) is not { } state)
            {
                LogUnmatched(logger, delivery.Outcome, delivery.InstanceId, delivery.EventId);
                continue;
            }

            var at = delivery.Timestamp == DateTimeOffset.MinValue ? time.GetUtcNow() : delivery.Timestamp;
            var mail = new UndeliveredMail(draftId, delivery.EventId, delivery.Outcome, delivery.Email, delivery.StepId, delivery.Reason, at);

            // The audit entry's key is fixed by the event (its time and id), so a redelivery rewrites the same row.
            await audit.AppendAsync(
                draftId,
                new AuditEntry(
                    "mail-" + UndeliveredMailStore.RowKey(delivery.EventId),
                    at,
                    Actor,
                    delivery.Outcome switch
                    {
                        MailDeliveryOutcome.Bounced => BouncedAction,
                        MailDeliveryOutcome.Dropped => DroppedAction,
                        _ => DeliveredAction,
                    },
                    $"{delivery.Email} ({delivery.StepId ?? "no step"}): {delivery.Reason ?? (delivery.Outcome == MailDeliveryOutcome.Delivered ? "delivered" : "no reason given")}")
                {
                    Facts = new Dictionary<string, string>
                    {
                        [AuditFacts.Email] = delivery.Email,
                        [AuditFacts.Step] = delivery.StepId ?? string.Empty,
                        [AuditFacts.MessageId] = delivery.MessageId ?? string.Empty,
                        [AuditFacts.Error] = delivery.Outcome == MailDeliveryOutcome.Delivered ? string.Empty : delivery.Reason ?? string.Empty,
                    },
                },
                cancellationToken).ConfigureAwait(false);
            if (delivery.Outcome == MailDeliveryOutcome.Delivered)
            {
                continue;
            }

            if (await undelivered.TryAddAsync(mail, cancellationToken).ConfigureAwait(false))
            {
                recorded++;
                LogUndelivered(logger, delivery.Outcome, draftId, delivery.StepId, delivery.Reason);
                await NotifyAuthorAsync(state, mail, cancellationToken).ConfigureAwait(false);
            }
        }

        return Results.Ok(new { received = events.Count, recorded });
    }

    /// <summary>Mails to approvers only (the manager's and consent requests, reminders, escalations); a failure to send it is logged, the event stays recorded.</summary>
    private async Task NotifyAuthorAsync(DraftState state, UndeliveredMail mail, CancellationToken cancellationToken)
    {
        if (mail.StepId is not { } step || (step != StepIds.Manager && StepIds.ConsentPersonId(step) is null))
        {
            return;
        }

        var people = await roster.LoadAsync(cancellationToken).ConfigureAwait(false);
        if (people.Find(state.AuthorId) is not { Email: { } email } author)
        {
            return;
        }

        var view = UndeliveredMailView.From(mail, people);
        MailModel notice = new UndeliveredNoticeMail(
            new MailAddress(email, author.Name),
            state.DraftId,
            "author:undelivered",
            view.Recipient,
            view.About,
            mail.Reason,
            new Uri(options.Value.PublicBaseUrl, $"berichten/{state.DraftId}"));
        try
        {
            await mailer.SendOnceAsync(
                state.DraftId,
                $"{state.DraftId}.undelivered.{UndeliveredMailStore.RowKey(mail.EventId)}",
                () => Task.FromResult(notice),
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is MailDeliveryException or HttpRequestException)
        {
            LogNoticeFailed(logger, e, state.DraftId);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,64}$")]
    private static partial Regex DraftId();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a SendGrid event post: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored a {Outcome} event {EventId} that names no known draft ({DraftId})")]
    private static partial void LogUnmatched(ILogger logger, MailDeliveryOutcome outcome, string? draftId, string eventId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not tell the author of draft {DraftId} that a mail was not delivered")]
    private static partial void LogNoticeFailed(ILogger logger, Exception exception, string draftId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SendGrid reports a {Outcome} mail of draft {DraftId}, step {StepId}: {Reason}")]
    private static partial void LogUndelivered(ILogger logger, MailDeliveryOutcome outcome, string draftId, string? stepId, string? reason);
}
