using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Huizermaat.Approval.Workflow.Tests.LocalHost;

/// <summary>
/// A Mastodon instance as a WireMock.Net fake for a host in another process, with the documented behaviour that
/// matters to a killed publisher: a status is created when its <c>POST /api/v1/statuses</c> arrives; a POST with an
/// <c>Idempotency-Key</c> seen before returns that status instead of creating one; the account's statuses are listed.
/// The answer to the first status POST is held back for as long as the test lasts, so the test can kill the sender.
/// With <paramref name="listsHeldStatus"/> false, the status of the held POST is not listed (the server had not
/// finished it), so a retry cannot find it and must rely on the idempotency key.
/// </summary>
internal sealed class MastodonFake : IDisposable
{
    public const string AccessToken = "mastodon-kill-test";
    private const string AccountId = "42";

    private readonly WireMockServer server = WireMockServer.Start();
    private readonly ConcurrentDictionary<string, Status> statuses = new();
    private readonly ConcurrentQueue<string?> postedKeys = new();
    private readonly TaskCompletionSource<string?> held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource stopping = new();
    private int media;

    private readonly bool listsHeldStatus;
    private string? heldStatusId;

    public MastodonFake(bool listsHeldStatus = true)
    {
        this.listsHeldStatus = listsHeldStatus;
        var authorized = $"Bearer {AccessToken}";
        server.Given(Request.Create().WithPath("/api/v1/media").UsingPost().WithHeader("Authorization", authorized))
            .RespondWith(Response.Create().WithCallback(_ => Json(new { id = $"m{Interlocked.Increment(ref media)}", type = "image" })));
        server.Given(Request.Create().WithPath("/api/v1/statuses").UsingPost().WithHeader("Authorization", authorized))
            .RespondWith(Response.Create().WithCallback(PostStatusAsync));
        server.Given(Request.Create().WithPath("/api/v1/accounts/verify_credentials").UsingGet().WithHeader("Authorization", authorized))
            .RespondWith(Response.Create().WithCallback(_ => Json(new { id = AccountId, username = "huizermaat" })));
        server.Given(Request.Create().WithPath($"/api/v1/accounts/{AccountId}/statuses").UsingGet().WithHeader("Authorization", authorized))
            .RespondWith(Response.Create().WithCallback(_ => Json(statuses.Values.Where(Listed).OrderByDescending(s => s.Id).Select(s => new { id = s.Id, url = s.Url, content = s.Content }))));
    }

    /// <summary>The host's <c>Publishing:Mastodon</c> settings for this fake.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Publishing:Mastodon:InstanceUrl"] = $"{server.Url}/",
        ["Publishing:Mastodon:AccessToken"] = AccessToken,
    };

    /// <summary>The statuses that exist on the instance.</summary>
    public IReadOnlyList<Status> Statuses => [.. statuses.Values];

    /// <summary>The <c>Idempotency-Key</c> of every status POST received (null when a POST had none).</summary>
    public IReadOnlyList<string?> PostedKeys => [.. postedKeys];

    /// <summary>The idempotency key of the status POST held back, once it arrived.</summary>
    public Task<string?> HeldAsync(TimeSpan patience) => held.Task.WaitAsync(patience);

    public void Dispose()
    {
        stopping.Cancel();
        server.Stop();
        stopping.Dispose();
    }

    private async Task<IResponseMessage> PostStatusAsync(IRequestMessage request)
    {
        var key = request.Headers?.FirstOrDefault(h => string.Equals(h.Key, "Idempotency-Key", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        postedKeys.Enqueue(key);
        var text = QueryHelpers.ParseQuery(request.Body ?? string.Empty)["status"].ToString();
        var id = (110_000 + statuses.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var status = statuses.GetOrAdd(key ?? Guid.NewGuid().ToString("N"), _ => new Status(id, $"https://mastodon.example/@huizermaat/{id}", $"<p>{System.Net.WebUtility.HtmlEncode(text)}</p>"));
        if (held.TrySetResult(key))
        {
            heldStatusId = status.Id;
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, stopping.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }

        return Json(new { id = status.Id, url = status.Url, content = status.Content });
    }

    private bool Listed(Status status) => listsHeldStatus || status.Id != heldStatusId;

    private static ResponseMessage Json(object body) => new()
    {
        StatusCode = 200,
        Headers = new Dictionary<string, WireMock.Types.WireMockList<string>> { ["Content-Type"] = new("application/json") },
        BodyData = new WireMock.Util.BodyData { BodyAsString = JsonSerializer.Serialize(body), DetectedBodyType = WireMock.Types.BodyType.String },
    };

    public sealed record Status(string Id, string Url, string Content);
}
