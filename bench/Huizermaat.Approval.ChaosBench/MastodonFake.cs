using System.Collections.Concurrent;
using System.Globalization;

namespace Huizermaat.Approval.ChaosBench;

/// <summary>
/// A Mastodon instance for the host in the child process, with the documented behaviour a killed publisher meets: a
/// status is created by <c>POST /api/v1/statuses</c>, and a POST with an <c>Idempotency-Key</c> seen before returns
/// that status; the account's statuses are listed; <c>DELETE /api/v1/statuses/{id}</c> removes one (404 when it is
/// gone). It refuses (422) the statuses of the drafts the bench marks as failing, until it heals them. It counts
/// every status created and every delete call, so a double shows.
/// </summary>
public sealed class MastodonFake : IAsyncDisposable
{
    public const string AccessToken = "chaos-bench";
    private const string AccountId = "42";

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, Status> byKey = new();
    private readonly ConcurrentDictionary<string, int> deletes = new();
    private readonly ConcurrentDictionary<string, bool> failing = new();
    private int next;

    private MastodonFake(WebApplication app)
    {
        this.app = app;
        app.MapPost("/api/v1/media", () => Results.Json(new { id = $"m{Interlocked.Increment(ref next)}", type = "image" }));
        app.MapGet("/api/v1/accounts/verify_credentials", () => Results.Json(new { id = AccountId, username = "huizermaat" }));
        app.MapGet($"/api/v1/accounts/{AccountId}/statuses", () => Results.Json(
            byKey.Values.Where(s => !s.Deleted).OrderByDescending(s => s.Id, StringComparer.Ordinal).Select(s => new { id = s.Id, url = s.Url, content = $"<p>{System.Net.WebUtility.HtmlEncode(s.Text)}</p>" })));
        app.MapPost("/api/v1/statuses", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            var text = form["status"].ToString();
            if (failing.Keys.Any(marker => text.Contains(marker, StringComparison.Ordinal)))
            {
                return Results.Json(new { error = "Validation failed: the instance refuses this status for now" }, statusCode: StatusCodes.Status422UnprocessableEntity);
            }

            var key = request.Headers["Idempotency-Key"].ToString();
            var status = byKey.GetOrAdd(key.Length > 0 ? key : Guid.NewGuid().ToString("N"), _ =>
            {
                var id = (110_000 + Interlocked.Increment(ref next)).ToString(CultureInfo.InvariantCulture);
                return new Status(id, $"https://mastodon.example/@huizermaat/{id}", text);
            });
            return Results.Json(new { id = status.Id, url = status.Url, content = $"<p>{System.Net.WebUtility.HtmlEncode(status.Text)}</p>" });
        });
        app.MapDelete("/api/v1/statuses/{id}", (string id) =>
        {
            deletes.AddOrUpdate(id, 1, (_, n) => n + 1);
            var status = byKey.Values.FirstOrDefault(s => s.Id == id && !s.Deleted);
            if (status is null)
            {
                return Results.Json(new { error = "Record not found" }, statusCode: StatusCodes.Status404NotFound);
            }

            status.Deleted = true;
            return Results.Json(new { id });
        });
    }

    public Uri Address { get; private set; } = null!;

    /// <summary>The host's <c>Publishing:Mastodon</c> settings for this fake.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Publishing:Mastodon:InstanceUrl"] = Address.ToString(),
        ["Publishing:Mastodon:AccessToken"] = AccessToken,
    };

    /// <summary>Every status created (deleted ones too).</summary>
    public IReadOnlyList<Status> Statuses => [.. byKey.Values];

    /// <summary>How many delete calls each status id received.</summary>
    public IReadOnlyDictionary<string, int> Deletes => deletes;

    public static async Task<MastodonFake> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new MastodonFake(builder.Build());
        await fake.app.StartAsync();
        fake.Address = new Uri(fake.app.Urls.First() + "/");
        return fake;
    }

    /// <summary>Refuses every status whose text contains <paramref name="marker"/>, until <see cref="Heal"/>.</summary>
    public void Fail(string marker) => failing[marker] = true;

    public void Heal(string marker) => failing.TryRemove(marker, out _);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    public sealed class Status(string id, string url, string text)
    {
        public string Id => id;

        public string Url => url;

        public string Text => text;

        public bool Deleted { get; set; }
    }
}
