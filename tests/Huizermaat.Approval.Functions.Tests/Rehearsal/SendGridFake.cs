using System.Collections.Concurrent;
using System.Text.Json;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Huizermaat.Approval.Functions.Tests.Rehearsal;

/// <summary>SendGrid's v3 Mail Send: accepts (202) a request with the deployment's key and keeps its body.</summary>
internal sealed class SendGridFake : IDisposable
{
    private readonly WireMockServer server = WireMockServer.Start();
    private readonly ConcurrentQueue<JsonDocument> mails = new();

    public SendGridFake()
    {
        server.Given(Request.Create().WithPath("/v3/mail/send").UsingPost().WithHeader("Authorization", $"Bearer {DeployedSettings.SendGridKey}"))
            .RespondWith(Response.Create().WithCallback(request =>
            {
                mails.Enqueue(JsonDocument.Parse(request.Body!));
                return new ResponseMessage { StatusCode = 202 };
            }));
    }

    public Uri Address => new(server.Url!);

    /// <summary>Waits for a mail to <paramref name="to"/>; gives its sender and HTML body.</summary>
    public async Task<(string From, string Html)> MailToAsync(string to)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            foreach (var mail in mails)
            {
                var root = mail.RootElement;
                var recipients = root.GetProperty("personalizations").EnumerateArray().SelectMany(p => p.GetProperty("to").EnumerateArray()).Select(t => t.GetProperty("email").GetString());
                if (recipients.Contains(to, StringComparer.OrdinalIgnoreCase))
                {
                    var html = root.GetProperty("content").EnumerateArray().First(c => c.GetProperty("type").GetString() == "text/html").GetProperty("value").GetString()!;
                    return (root.GetProperty("from").GetProperty("email").GetString()!, html);
                }
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"No mail to {to} reached SendGrid within a minute.");
    }

    public void Dispose()
    {
        server.Dispose();
        foreach (var mail in mails)
        {
            mail.Dispose();
        }
    }
}
