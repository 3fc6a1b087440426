using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Media;
using Huizermaat.Approval.Publishing;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Integrations.Publishing.Mastodon;

/// <summary>
/// Mastodon: media first (<c>POST /api/v1/media</c>), then the status (<c>POST /api/v1/statuses</c>) with an
/// <c>Idempotency-Key</c>, which the server honours for an hour, so a retried post is never duplicated.
/// </summary>
public sealed class MastodonPublisher(HttpClient http, IMediaStore media, IOptions<MastodonOptions> options)
    : NetworkPublisher(http, media)
{
    public override Channel Channel => Channel.Mastodon;

    protected override string Network => "Mastodon";

    public override async Task<PublishedPost> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = Settings();
        var mediaIds = new List<string>();
        foreach (var item in request.Media)
        {
            var file = new ByteArrayContent(await ReadMediaAsync(item, cancellationToken).ConfigureAwait(false));
            file.Headers.ContentType = new MediaTypeHeaderValue(item.ContentType);
            using var upload = Request(HttpMethod.Post, "api/v1/media", settings).MarkRetrySafe();
            upload.Content = new MultipartFormDataContent { { file, "file", FileName(item) } };
            var uploaded = await SendAsync(upload, cancellationToken).ConfigureAwait(false);
            mediaIds.Add(Required(uploaded.Json, "id"));
        }

        var fields = new List<KeyValuePair<string, string>>
        {
            new("status", request.Text),
            new("visibility", settings.Visibility),
            new("language", settings.Language),
        };
        fields.AddRange(mediaIds.Select(id => KeyValuePair.Create("media_ids[]", id)));
        using var post = Request(HttpMethod.Post, "api/v1/statuses", settings).MarkRetrySafe();
        post.Headers.Add("Idempotency-Key", request.IdempotencyKey);
        post.Content = new FormUrlEncodedContent(fields);
        var status = await SendAsync(post, cancellationToken).ConfigureAwait(false);
        return ToPost(status.Json);
    }

    public override async Task<PublishedPost?> FindAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = Settings();
        using var me = Request(HttpMethod.Get, "api/v1/accounts/verify_credentials", settings);
        var account = await SendAsync(me, cancellationToken).ConfigureAwait(false);
        var accountId = Uri.EscapeDataString(Required(account.Json, "id"));
        using var recent = Request(HttpMethod.Get, $"api/v1/accounts/{accountId}/statuses?limit=40&exclude_replies=true&exclude_reblogs=true", settings);
        var statuses = await SendAsync(recent, cancellationToken).ConfigureAwait(false);
        return statuses.Json.ValueKind == JsonValueKind.Array
            ? statuses.Json.EnumerateArray().Where(s => PostText.Same(Text(s, "content"), request.Text)).Select(ToPost).FirstOrDefault()
            : null;
    }

    public override async Task DeleteAsync(PublishedPost post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        using var delete = Request(HttpMethod.Delete, $"api/v1/statuses/{Uri.EscapeDataString(post.PostId)}", Settings());
        await SendAsync(delete, cancellationToken, notFoundIsDone: true).ConfigureAwait(false);
    }

    /// <summary>Mastodon's error body is <c>{"error":"…"}</c>.</summary>
    internal override PublishException ToException(HttpResponseMessage response, string body)
    {
        var message = ErrorMessage(body);
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new PublishException(
                $"Mastodon refused the access token ({message}); create a new token for the school's account and update Publishing:Mastodon:AccessToken.", isTransient: false),
            HttpStatusCode.TooManyRequests => new PublishException($"Mastodon rate limit reached ({message}).", isTransient: true, RateLimitReset(response)),
            HttpStatusCode.UnprocessableEntity when message.Contains("processing", StringComparison.OrdinalIgnoreCase) => new PublishException(
                $"Mastodon is still processing the media ({message}).", isTransient: true, TimeSpan.FromSeconds(10)),
            >= HttpStatusCode.InternalServerError => new PublishException($"Mastodon failed ({(int)response.StatusCode}: {message}).", isTransient: true),
            _ => new PublishException($"Mastodon refused the post ({(int)response.StatusCode}: {message}).", isTransient: false),
        };
    }

    private static TimeSpan? RateLimitReset(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("X-RateLimit-Reset", out var values)
            && DateTimeOffset.TryParse(values.First(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var reset))
        {
            var wait = reset - (response.Headers.Date ?? DateTimeOffset.UtcNow);
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return response.Headers.RetryAfter?.Delta;
    }

    private static string ErrorMessage(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return Text(document.RootElement, "error") ?? body;
        }
        catch (JsonException)
        {
            return body;
        }
    }

    private static PublishedPost ToPost(JsonElement status) =>
        new(Channel.Mastodon, Required(status, "id"), new Uri(Required(status, "url")));

    private MastodonOptions Settings()
    {
        var settings = options.Value;
        return settings.IsConfigured ? settings : throw NotConfigured();
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, MastodonOptions settings)
    {
        var request = new HttpRequestMessage(method, new Uri(settings.InstanceUrl!, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.AccessToken);
        return request;
    }
}
