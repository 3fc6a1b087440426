using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Huizermaat.Approval.Mail.Templates;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Huizermaat.Approval.Workflow.Tests.LocalHost;

/// <summary>
/// SendGrid's v3 Mail Send API as a WireMock.Net fake for a host in another process: accepts (202) every well-formed
/// request with the test's key and records its body; holds back the answer to the first mail that
/// <paramref name="hold"/> picks for as long as the test lasts, so that the test can kill the sender mid-call.
/// </summary>
internal sealed partial class SendGridFake : IDisposable
{
    public const string ApiKey = "SG.kill-test";

    private readonly WireMockServer server = WireMockServer.Start();
    private readonly ConcurrentQueue<SentMail> mails = new();
    private readonly TaskCompletionSource<SentMail> held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource stopping = new();

    public SendGridFake(Func<SentMail, bool> hold)
    {
        server.Given(Request.Create().WithPath("/v3/mail/send").UsingPost().WithHeader("Authorization", $"Bearer {ApiKey}"))
            .RespondWith(Response.Create().WithCallback(async request =>
            {
                var mail = SentMail.Parse(request.Body!);
                mails.Enqueue(mail);
                if (hold(mail) && held.TrySetResult(mail))
                {
                    try
                    {
                        await Task.Delay(Timeout.InfiniteTimeSpan, stopping.Token);
                    }
                    catch (OperationCanceledException)
                    {
                    }
                }

                return new ResponseMessage { StatusCode = 202 };
            }));
    }

    /// <summary>The host's <c>SendGrid</c> settings for this fake.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["SendGrid:ApiKey"] = ApiKey,
        ["SendGrid:BaseUrl"] = server.Url!,
        ["SendGrid:FromEmail"] = "noreply@huizermaat.example",
        ["SendGrid:RetryDelay"] = "00:00:00.100",
    };

    /// <summary>Every mail request received, in order (also the one held back).</summary>
    public IReadOnlyList<SentMail> Mails => [.. mails];

    /// <summary>The mail held back, once it arrived.</summary>
    public Task<SentMail> HeldAsync(TimeSpan patience) => held.Task.WaitAsync(patience);

    public void Dispose()
    {
        stopping.Cancel();
        server.Stop();
        stopping.Dispose();
    }

    /// <summary>What a test needs of a request body: the custom args (message id, kind) and the decision link's token.</summary>
    public sealed partial record SentMail(string To, IReadOnlyDictionary<string, string> CustomArgs, string Text)
    {
        public string MessageId => CustomArgs[MailArgs.MessageId];

        public string Kind => CustomArgs[MailComposer.KindArg];

        public string? LinkToken => LinkPattern().Match(Text) is { Success: true } match ? match.Groups[1].Value : null;

        public static SentMail Parse(string body)
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            return new SentMail(
                root.GetProperty("personalizations")[0].GetProperty("to")[0].GetProperty("email").GetString()!,
                root.GetProperty("custom_args").Deserialize<Dictionary<string, string>>()!,
                root.GetProperty("content")[0].GetProperty("value").GetString()!);
        }

        [GeneratedRegex(@"/link/([A-Za-z0-9_\-]+)")]
        private static partial Regex LinkPattern();
    }
}
