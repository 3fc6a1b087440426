using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Huizermaat.Approval.Integrations.Mail;
using Huizermaat.Approval.Testing;

namespace Huizermaat.Approval.Web.Tests;

/// <summary>
/// A local host that trusts the public half of <see cref="Key"/> as SendGrid's webhook verification key, with
/// <see cref="OperatorHost.OperatorEmail"/> as operator. <see cref="PostEventsAsync"/> signs exactly as SendGrid
/// documents: ECDSA P-256 over SHA-256 of the timestamp header followed by the raw body, DER, base64.
/// </summary>
public sealed class SendGridHost : FlowHost
{
    public SendGridHost()
        : this(ECDsa.Create(ECCurve.NamedCurves.nistP256))
    {
    }

    private SendGridHost(ECDsa key)
        : base(new Dictionary<string, string?>
        {
            ["Auth:DevelopmentOperators:0"] = OperatorHost.OperatorEmail,
            ["SendGrid:WebhookVerificationKey"] = Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()),
        }) => Key = key;

    public ECDsa Key { get; }

    public async Task<HttpResponseMessage> PostEventsAsync(string json, ECDsa? signer = null)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = (signer ?? Key).SignData([.. Encoding.UTF8.GetBytes(timestamp), .. body], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return await PostSignedAsync(Address, body, Convert.ToBase64String(signature), timestamp);
    }

    public static async Task<HttpResponseMessage> PostSignedAsync(Uri host, byte[] body, string signature, string timestamp)
    {
        using var client = new HttpClient { BaseAddress = host };
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/mail/events", UriKind.Relative)) { Content = content };
        request.Headers.Add(SendGridEventWebhook.SignatureHeader, signature);
        request.Headers.Add(SendGridEventWebhook.TimestampHeader, timestamp);
        return await client.SendAsync(request);
    }

    /// <summary>
    /// SendGrid's bounce event for a mail of the workflow (custom arguments as our mails carry them), with the manager's
    /// mail delivered at <paramref name="deliveredAt"/> (now if not given), in SendGrid's whole seconds.
    /// </summary>
    public static string Bounce(string eventId, string draftId, string stepId, string email, string reason, DateTimeOffset? deliveredAt = null) => $$"""
        [{"email":"{{email}}","timestamp":{{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}},"event":"bounce","type":"bounce","reason":"{{reason}}","status":"5.1.1","sg_event_id":"{{eventId}}","sg_message_id":"m1.filter","instance_id":"{{draftId}}","step_id":"{{stepId}}","draftId":"{{draftId}}","stepId":"{{stepId}}","mail_kind":"ConsentRequest"},
         {"email":"{{FlowPeople.ManagerEmail}}","timestamp":{{(deliveredAt ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds()}},"event":"delivered","response":"250 OK","sg_event_id":"{{eventId}}-d","instance_id":"{{draftId}}","step_id":"manager"}]
        """;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Key.Dispose();
    }
}
