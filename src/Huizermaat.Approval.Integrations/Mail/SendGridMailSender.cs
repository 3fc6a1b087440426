using System.Net;
using System.Text.Json;
using Huizermaat.Approval.Mail;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Huizermaat.Approval.Integrations.Mail;

/// <summary>
/// Sends our transactional mails through SendGrid's v3 Mail Send API: text and HTML bodies, the instance and step
/// ids as <c>custom_args</c>, no subscription footer or List-Unsubscribe, no click or open tracking (the links
/// carry capability tokens and must reach the recipient unchanged). 429 and 5xx are retried by the HTTP client's
/// resilience handler (see <see cref="MailServiceCollectionExtensions"/>); what still fails is reported here.
/// </summary>
public sealed partial class SendGridMailSender(HttpClient httpClient, IOptions<SendGridOptions> options, ILogger<SendGridMailSender> logger)
    : IMailSender
{
    public async Task SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        if (!settings.IsConfigured || string.IsNullOrWhiteSpace(settings.FromEmail))
        {
            throw new InvalidOperationException("SendGrid is not configured: set SendGrid:ApiKey and SendGrid:FromEmail.");
        }

        var client = new SendGridClient(httpClient, new SendGridClientOptions { ApiKey = settings.ApiKey, Host = settings.BaseUrl.AbsoluteUri.TrimEnd('/') });
        var response = await client.SendEmailAsync(ToSendGrid(message, settings), cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            var messageId = response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.FirstOrDefault() : null;
            LogSent(logger, message.Kind, message.CustomArgs.GetValueOrDefault(Approval.Mail.Templates.MailComposer.InstanceIdArg), messageId);
            return;
        }

        var body = await response.Body.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var detail = ErrorDetail(body);
        if (response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500)
        {
            LogTransientFailure(logger, message.Kind, (int)response.StatusCode, detail);
            throw new HttpRequestException($"SendGrid is unavailable ({(int)response.StatusCode}) after retries: {detail}", null, response.StatusCode);
        }

        LogRefused(logger, message.Kind, (int)response.StatusCode, detail);
        throw new MailDeliveryException($"SendGrid refused the {message.Kind} mail ({(int)response.StatusCode} {response.StatusCode}): {detail}");
    }

    internal static SendGridMessage ToSendGrid(MailMessage message, SendGridOptions settings)
    {
        var mail = new SendGridMessage
        {
            From = new EmailAddress(settings.FromEmail, settings.FromName),
            Subject = message.Subject,
        };
        mail.AddTo(new EmailAddress(message.To.Email, message.To.Name));

        // SendGrid requires text/plain before text/html.
        mail.AddContent(MimeType.Text, message.Text);
        mail.AddContent(MimeType.Html, message.Html);
        mail.AddGlobalCustomArgs(new Dictionary<string, string>(message.CustomArgs));
        foreach (var image in message.InlineImages ?? [])
        {
            mail.AddAttachment(image.FileName, Convert.ToBase64String(image.Content.Span), image.ContentType, "inline", image.ContentId);
        }

        mail.SetClickTracking(false, false);
        mail.SetOpenTracking(false);
        mail.SetSubscriptionTracking(false);
        mail.SetSandBoxMode(settings.SandboxMode);
        return mail;
    }

    /// <summary>SendGrid's error body: <c>{"errors":[{"message":"…","field":"…","help":…}]}</c>.</summary>
    private static string ErrorDetail(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
            {
                return string.Join("; ", errors.EnumerateArray().Select(e =>
                    (e.TryGetProperty("field", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() + ": " : string.Empty)
                    + (e.TryGetProperty("message", out var m) ? m.GetString() : e.ToString())));
            }
        }
        catch (JsonException)
        {
        }

        return body.Length > 500 ? body[..500] : body;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SendGrid accepted the {Kind} mail for instance {InstanceId} (message id {MessageId})")]
    private static partial void LogSent(ILogger logger, MailKind kind, string? instanceId, string? messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SendGrid failed the {Kind} mail with {Status} after retries: {Detail}")]
    private static partial void LogTransientFailure(ILogger logger, MailKind kind, int status, string detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "SendGrid refused the {Kind} mail with {Status}: {Detail}")]
    private static partial void LogRefused(ILogger logger, MailKind kind, int status, string detail);
}
