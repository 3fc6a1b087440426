using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Huizermaat.Approval.Integrations.Mail;
using Huizermaat.Approval.Mail;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Huizermaat.Approval.Integrations.Tests.Mail;

public sealed class SendGridEventWebhookTests : IDisposable
{
    private const string Events = """
        [{"email":"ouder@example.org","timestamp":1795600000,"event":"processed","sg_event_id":"e0","instance_id":"draft-1","step_id":"consent-sam"},
         {"email":"ouder@example.org","timestamp":1795600005,"event":"bounce","type":"bounce","reason":"550 5.1.1 The email account that you tried to reach does not exist","status":"5.1.1","sg_event_id":"e1","sg_message_id":"m1.filter","instance_id":"draft-1","step_id":"consent-sam"},
         {"email":"manager@huizermaat.example","timestamp":1795600006,"event":"delivered","response":"250 OK","sg_event_id":"e2","instance_id":"draft-1","step_id":"manager"}]
        """;

    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1795600060);
    private readonly ECDsa _sendGridKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public void Dispose() => _sendGridKey.Dispose();

    [Fact]
    public void A_signed_post_gives_the_delivery_events_with_our_ids()
    {
        var (body, signature, timestamp) = Signed(Events, Now);

        var events = Webhook().Read(body, signature, timestamp);

        Assert.Equal(
            [
                new MailDeliveryEvent("e1", MailDeliveryOutcome.Bounced, "ouder@example.org", DateTimeOffset.FromUnixTimeSeconds(1795600005), "draft-1", "consent-sam", "550 5.1.1 The email account that you tried to reach does not exist"),
                new MailDeliveryEvent("e2", MailDeliveryOutcome.Delivered, "manager@huizermaat.example", DateTimeOffset.FromUnixTimeSeconds(1795600006), "draft-1", "manager", "250 OK"),
            ],
            events);
    }

    [Fact]
    public void A_changed_body_is_refused()
    {
        var (_, signature, timestamp) = Signed(Events, Now);
        var forged = Encoding.UTF8.GetBytes(Events.Replace("bounce", "delivered", StringComparison.Ordinal));

        var error = Assert.Throws<WebhookRejectedException>(() => Webhook().Read(forged, signature, timestamp));

        Assert.Contains("does not match", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_signed_with_another_key_is_refused()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var body = Encoding.UTF8.GetBytes(Events);
        var timestamp = Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = Convert.ToBase64String(other.SignData([.. Encoding.UTF8.GetBytes(timestamp), .. body], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

        Assert.Throws<WebhookRejectedException>(() => Webhook().Read(body, signature, timestamp));
    }

    [Fact]
    public void A_replayed_old_post_is_refused()
    {
        var (body, signature, timestamp) = Signed(Events, Now.AddHours(-1));

        var error = Assert.Throws<WebhookRejectedException>(() => Webhook().Read(body, signature, timestamp));

        Assert.Contains("replay", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_without_signature_headers_is_refused()
    {
        var error = Assert.Throws<WebhookRejectedException>(() => Webhook().Read(Encoding.UTF8.GetBytes(Events), null, null));

        Assert.Contains(SendGridEventWebhook.SignatureHeader, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_verification_key_every_post_is_refused()
    {
        var (body, signature, timestamp) = Signed(Events, Now);
        var webhook = new SendGridEventWebhook(Options.Create(new SendGridOptions()), new FakeTimeProvider(Now));

        var error = Assert.Throws<WebhookRejectedException>(() => webhook.Read(body, signature, timestamp));

        Assert.Contains("SendGrid:WebhookVerificationKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signed_body_that_is_not_an_event_list_is_refused()
    {
        var (body, signature, timestamp) = Signed("""{"event":"bounce"}""", Now);

        Assert.Throws<WebhookRejectedException>(() => Webhook().Read(body, signature, timestamp));
    }

    private SendGridEventWebhook Webhook() => new(
        Options.Create(new SendGridOptions { WebhookVerificationKey = Convert.ToBase64String(_sendGridKey.ExportSubjectPublicKeyInfo()) }),
        new FakeTimeProvider(Now));

    private (byte[] Body, string Signature, string Timestamp) Signed(string json, DateTimeOffset at)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = _sendGridKey.SignData([.. Encoding.UTF8.GetBytes(timestamp), .. body], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return (body, Convert.ToBase64String(signature), timestamp);
    }
}
