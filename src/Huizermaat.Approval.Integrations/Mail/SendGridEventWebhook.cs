using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Huizermaat.Approval.Mail;
using Huizermaat.Approval.Mail.Templates;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Integrations.Mail;

/// <summary>
/// Reads SendGrid's Signed Event Webhook: checks the ECDSA (P-256, SHA-256) signature in
/// <c>X-Twilio-Email-Event-Webhook-Signature</c> over the timestamp header followed by the raw body, refuses stale
/// timestamps, and returns the delivered, bounce, dropped and deferred events with our custom arguments. Other event
/// types (processed, open, click, …) are skipped. Verification uses the runtime's ECDsa rather than the SendGrid
/// package's pure-managed curve code.
/// </summary>
public sealed class SendGridEventWebhook(IOptions<SendGridOptions> options, TimeProvider time)
{
    public const string SignatureHeader = "X-Twilio-Email-Event-Webhook-Signature";
    public const string TimestampHeader = "X-Twilio-Email-Event-Webhook-Timestamp";

    /// <exception cref="WebhookRejectedException">Not signed by SendGrid's key, too old, or not an event list.</exception>
    public IReadOnlyList<MailDeliveryEvent> Read(ReadOnlySpan<byte> body, string? signature, string? timestamp)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.WebhookVerificationKey))
        {
            throw new WebhookRejectedException("SendGrid:WebhookVerificationKey is not set: event posts cannot be verified and are refused.");
        }

        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            throw new WebhookRejectedException($"The event post lacks the {SignatureHeader} or {TimestampHeader} header.");
        }

        Verify(settings.WebhookVerificationKey, body, signature, timestamp);
        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age > settings.WebhookMaxAge || age < -settings.WebhookMaxAge)
        {
            throw new WebhookRejectedException($"The event post's timestamp is {age.TotalMinutes:F0} minutes away from now: refused as a replay.");
        }

        return Parse(body);
    }

    private static void Verify(string key, ReadOnlySpan<byte> body, string signature, string timestamp)
    {
        using var ecdsa = ECDsa.Create();
        byte[] signatureBytes;
        try
        {
            ecdsa.ImportSubjectPublicKeyInfo(Convert.FromBase64String(key), out _);
            signatureBytes = Convert.FromBase64String(signature);
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            throw new WebhookRejectedException("The verification key or the signature is not valid base64 DER.", e);
        }

        var signed = new byte[Encoding.UTF8.GetByteCount(timestamp) + body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, signed);
        body.CopyTo(signed.AsSpan(written));
        if (!ecdsa.VerifyData(signed, signatureBytes, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence))
        {
            throw new WebhookRejectedException("The event post's signature does not match SendGrid's verification key.");
        }
    }

    private static List<MailDeliveryEvent> Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new WebhookRejectedException("The event post is not a JSON array of events.") { Malformed = true };
            }

            var events = new List<MailDeliveryEvent>();
            foreach (var item in document.RootElement.EnumerateArray())
            {
                MailDeliveryOutcome? outcome = Str(item, "event") switch
                {
                    "delivered" => MailDeliveryOutcome.Delivered,
                    "bounce" => MailDeliveryOutcome.Bounced,
                    "dropped" => MailDeliveryOutcome.Dropped,
                    "deferred" => MailDeliveryOutcome.Deferred,
                    _ => null,
                };
                if (outcome is null)
                {
                    continue;
                }

                events.Add(new MailDeliveryEvent(
                    Str(item, "sg_event_id") ?? string.Empty,
                    outcome.Value,
                    Str(item, "email") ?? string.Empty,
                    item.TryGetProperty("timestamp", out var ts) && ts.TryGetInt64(out var unix) ? DateTimeOffset.FromUnixTimeSeconds(unix) : DateTimeOffset.MinValue,
                    Str(item, MailComposer.InstanceIdArg),
                    Str(item, MailComposer.StepIdArg),
                    Str(item, "reason") ?? Str(item, "response"),
                    Str(item, MailDeliveryEvent.MessageIdArg)));
            }

            return events;
        }
        catch (JsonException e)
        {
            throw new WebhookRejectedException($"The event post is not valid JSON: {e.Message}", e) { Malformed = true };
        }
    }

    private static string? Str(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
