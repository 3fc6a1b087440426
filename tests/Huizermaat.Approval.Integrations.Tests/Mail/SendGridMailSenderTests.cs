using System.Net;
using System.Text.Json;
using Huizermaat.Approval.Integrations.Mail;
using Huizermaat.Approval.Mail;
using Huizermaat.Approval.Mail.Templates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Huizermaat.Approval.Integrations.Tests.Mail;

public sealed class SendGridMailSenderTests : IDisposable
{
    private const string SendPath = "/v3/mail/send";
    private readonly WireMockServer _sendGrid = WireMockServer.Start();

    public void Dispose() => _sendGrid.Stop();

    [Fact]
    public async Task Sends_the_documented_request_shape()
    {
        _sendGrid.Given(Request.Create().WithPath(SendPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(202).WithHeader("X-Message-Id", "msg-1"));
        var sender = CreateSender(sandbox: true);

        await sender.SendAsync(ConsentMail(), CancellationToken.None);

        var request = Assert.Single(_sendGrid.LogEntries).RequestMessage;
        Assert.Equal("Bearer SG.test-key", request.Headers!["Authorization"].Single());
        using var json = JsonDocument.Parse(request.Body!);
        var root = json.RootElement;
        var to = root.GetProperty("personalizations")[0].GetProperty("to")[0];
        Assert.Equal("ouder@example.org", to.GetProperty("email").GetString());
        Assert.Equal("Els de Vries", to.GetProperty("name").GetString());
        Assert.Equal("noreply@huizermaat.example", root.GetProperty("from").GetProperty("email").GetString());
        Assert.Equal("Huizermaat", root.GetProperty("from").GetProperty("name").GetString());
        Assert.Equal("Toestemming gevraagd voor een bericht met Sam", root.GetProperty("subject").GetString());
        var content = root.GetProperty("content");
        Assert.Equal(["text/plain", "text/html"], content.EnumerateArray().Select(c => c.GetProperty("type").GetString()));
        Assert.Contains("Sam", content[0].GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", content[1].GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Equal("draft-1", root.GetProperty("custom_args").GetProperty("instance_id").GetString());
        Assert.Equal("consent-sam", root.GetProperty("custom_args").GetProperty("step_id").GetString());
        Assert.True(root.GetProperty("mail_settings").GetProperty("sandbox_mode").GetProperty("enable").GetBoolean());
        var tracking = root.GetProperty("tracking_settings");
        Assert.False(tracking.GetProperty("subscription_tracking").GetProperty("enable").GetBoolean());
        Assert.False(tracking.GetProperty("click_tracking").GetProperty("enable").GetBoolean());
        Assert.False(root.TryGetProperty("headers", out _), "no List-Unsubscribe or other custom headers");
        var attachment = root.GetProperty("attachments")[0];
        Assert.Equal("inline", attachment.GetProperty("disposition").GetString());
        Assert.Equal("foto1", attachment.GetProperty("content_id").GetString());
        Assert.Equal(Convert.ToBase64String(Jpeg), attachment.GetProperty("content").GetString());
    }

    [Fact]
    public async Task Sandbox_mode_is_off_unless_configured()
    {
        _sendGrid.Given(Request.Create().WithPath(SendPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(202));

        await CreateSender(sandbox: false).SendAsync(ConsentMail(), CancellationToken.None);

        using var json = JsonDocument.Parse(Assert.Single(_sendGrid.LogEntries).RequestMessage.Body!);
        Assert.False(json.RootElement.GetProperty("mail_settings").GetProperty("sandbox_mode").GetProperty("enable").GetBoolean());
    }

    [Fact]
    public async Task Rate_limited_send_waits_for_Retry_After_then_sends_once()
    {
        _sendGrid.Given(Request.Create().WithPath(SendPath).UsingPost())
            .InScenario("rate limit").WillSetStateTo("open")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1")
                .WithBody("""{"errors":[{"field":null,"message":"too many requests"}]}"""));
        _sendGrid.Given(Request.Create().WithPath(SendPath).UsingPost())
            .InScenario("rate limit").WhenStateIs("open")
            .RespondWith(Response.Create().WithStatusCode(202));

        await CreateSender().SendAsync(ConsentMail(), CancellationToken.None);

        var statuses = _sendGrid.LogEntries.Select(e => Convert.ToInt32(e.ResponseMessage.StatusCode, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([429, 202], statuses);
        var waited = _sendGrid.LogEntries.Last().RequestMessage.DateTime - _sendGrid.LogEntries.First().RequestMessage.DateTime;
        Assert.True(waited >= TimeSpan.FromSeconds(0.9), $"the retry came {waited} after the 429, before Retry-After");
    }

    [Fact]
    public async Task Server_errors_are_retried_and_then_reported_as_transient()
    {
        _sendGrid.Given(Request.Create().WithPath(SendPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(503));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => CreateSender().SendAsync(ConsentMail(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(3, _sendGrid.LogEntries.Count());
    }

    [Fact]
    public async Task Bad_request_is_a_permanent_failure_with_SendGrids_reason_and_no_retry()
    {
        _sendGrid.Given(Request.Create().WithPath(SendPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/json").WithBody(
                """{"errors":[{"message":"The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved.","field":"from","help":null}]}"""));

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() => CreateSender().SendAsync(ConsentMail(), CancellationToken.None));

        Assert.Contains("from: The from address does not match a verified Sender Identity", error.Message, StringComparison.Ordinal);
        Assert.Single(_sendGrid.LogEntries);
    }

    [Fact]
    public async Task Missing_from_address_is_refused_when_the_sender_is_made()
    {
        var services = new ServiceCollection().AddLogging()
            .AddSendGridMail(Configuration(("SendGrid:ApiKey", "SG.test-key")))
            .BuildServiceProvider();

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => services.GetRequiredService<IMailSender>());

        Assert.Contains("SendGrid:FromEmail", error.Message, StringComparison.Ordinal);
        await services.DisposeAsync();
    }

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0xFF, 0xD9];

    private static MailMessage ConsentMail() => MailComposer.Compose(new ConsentRequestMail(
        new MailAddress("ouder@example.org", "Els de Vries"), "draft-1", "consent-sam", "Sam", false, "Jan", "Sportdag!",
        [new MailImage("sportdag.jpg", "image/jpeg", Jpeg)], new Uri("https://goedkeuring.example.org/c/1"), DateTimeOffset.UnixEpoch));

    private IMailSender CreateSender(bool sandbox = false) =>
        new ServiceCollection().AddLogging()
            .AddSendGridMail(Configuration(
                ("SendGrid:ApiKey", "SG.test-key"),
                ("SendGrid:FromEmail", "noreply@huizermaat.example"),
                ("SendGrid:FromName", "Huizermaat"),
                ("SendGrid:SandboxMode", sandbox ? "true" : "false"),
                ("SendGrid:BaseUrl", _sendGrid.Url!),
                ("SendGrid:MaxRetries", "2"),
                ("SendGrid:RetryDelay", "00:00:00.010")))
            .BuildServiceProvider()
            .GetRequiredService<IMailSender>();

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
