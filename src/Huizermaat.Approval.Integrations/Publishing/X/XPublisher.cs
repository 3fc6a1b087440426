using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Media;
using Huizermaat.Approval.Publishing;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Integrations.Publishing.X;

/// <summary>
/// X through API v2: photos first (<c>POST /2/media/upload</c>, one request each, at most 4) or one video (chunked:
/// <c>POST /2/media/upload/initialize</c>, <c>/{id}/append</c> per chunk, <c>/{id}/finalize</c>, then
/// <c>GET /2/media/upload?command=STATUS</c> until processing succeeded), then the post (<c>POST /2/tweets</c>).
/// X has no idempotency key, but refuses a post identical to a recent one (403 "duplicate content"): then the
/// earlier attempt did succeed, and its post is looked up and returned. Requests are signed by <see cref="OAuth1Handler"/>.
/// </summary>
public sealed class XPublisher(HttpClient http, IMediaStore media, IOptions<XOptions> options, TimeProvider time)
    : NetworkPublisher(http, media)
{
    private const string DuplicateMarker = "duplicate content";

    public override Channel Channel => Channel.X;

    protected override string Network => "X";

    public override async Task<PublishedPost> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = Settings();
        if (request.Media.Any(m => m.Kind == MediaKind.Audio))
        {
            throw new PublishException("X has no audio posts; attach a video or photos instead.", isTransient: false);
        }

        if (request.Media.Any(m => m.Kind == MediaKind.Video) && request.Media.Count > 1)
        {
            throw new PublishException("A post on X holds up to 4 photos or one video, not both.", isTransient: false);
        }

        if (request.Media.Count > 4)
        {
            throw new PublishException("A post on X holds at most 4 photos.", isTransient: false);
        }

        var mediaIds = new List<string>();
        foreach (var item in request.Media)
        {
            if (item.Kind == MediaKind.Video)
            {
                mediaIds.Add(await UploadVideo(settings, item, cancellationToken).ConfigureAwait(false));
                continue;
            }

            var file = new ByteArrayContent(await ReadMediaAsync(item, cancellationToken).ConfigureAwait(false));
            file.Headers.ContentType = new MediaTypeHeaderValue(item.ContentType);
            using var upload = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.ApiUrl, "2/media/upload"))
            {
                Content = new MultipartFormDataContent
                {
                    { file, "media", FileName(item) },
                    { new StringContent(item.ContentType == "image/gif" ? "tweet_gif" : "tweet_image"), "media_category" },
                },
            }.MarkRetrySafe();
            mediaIds.Add(Required((await SendAsync(upload, cancellationToken).ConfigureAwait(false)).Json, "data", "id"));
        }

        object body = mediaIds.Count == 0
            ? new { text = request.Text }
            : new { text = request.Text, media = new { media_ids = mediaIds } };
        using var create = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.ApiUrl, "2/tweets")) { Content = JsonContent.Create(body) };
        try
        {
            var created = await SendAsync(create, cancellationToken).ConfigureAwait(false);
            return ToPost(Required(created.Json, "data", "id"));
        }
        catch (PublishException e) when (e.Message.Contains(DuplicateMarker, StringComparison.OrdinalIgnoreCase))
        {
            return await FindAsync(request, cancellationToken).ConfigureAwait(false)
                ?? throw new PublishException($"X says an identical post exists but it is not among the account's recent posts: {e.Message}", isTransient: false, innerException: e);
        }
    }

    public override async Task<PublishedPost?> FindAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = Settings();
        using var recent = new HttpRequestMessage(HttpMethod.Get, new Uri(settings.ApiUrl, $"2/users/{Uri.EscapeDataString(settings.UserId!)}/tweets?max_results=20&exclude=replies,retweets"));
        var json = (await SendAsync(recent, cancellationToken).ConfigureAwait(false)).Json;
        if (!json.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return data.EnumerateArray().Where(t => PostText.Same(Text(t, "text"), request.Text)).Select(t => ToPost(Required(t, "id"))).FirstOrDefault();
    }

    public override async Task DeleteAsync(PublishedPost post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        using var delete = new HttpRequestMessage(HttpMethod.Delete, new Uri(Settings().ApiUrl, $"2/tweets/{Uri.EscapeDataString(post.PostId)}"));
        await SendAsync(delete, cancellationToken, notFoundIsDone: true).ConfigureAwait(false);
    }

    /// <summary>X's error body is a problem document: <c>{"title","detail","type","status"}</c>.</summary>
    internal override PublishException ToException(HttpResponseMessage response, string body)
    {
        var detail = body;
        try
        {
            using var document = JsonDocument.Parse(body);
            detail = Text(document.RootElement, "detail") ?? Text(document.RootElement, "title") ?? body;
        }
        catch (JsonException)
        {
        }

        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => new PublishException(
                $"X refused the credentials ({detail}); check the consumer key and secret and the access token and secret in Publishing:X (regenerated keys invalidate the old ones).", isTransient: false),
            HttpStatusCode.TooManyRequests => new PublishException($"X rate limit reached ({detail}).", isTransient: true, RateLimitReset(response)),
            >= HttpStatusCode.InternalServerError => new PublishException($"X failed ({(int)response.StatusCode}: {detail}).", isTransient: true),
            _ => new PublishException($"X refused the request ({(int)response.StatusCode}: {detail}).", isTransient: false),
        };
    }

    private async Task<string> UploadVideo(XOptions settings, MediaReference item, CancellationToken cancellationToken)
    {
        var bytes = await ReadMediaAsync(item, cancellationToken).ConfigureAwait(false);
        using var initialize = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.ApiUrl, "2/media/upload/initialize"))
        {
            Content = JsonContent.Create(new { media_type = item.ContentType, total_bytes = bytes.LongLength, media_category = "tweet_video" }),
        }.MarkRetrySafe();
        var id = Required((await SendAsync(initialize, cancellationToken).ConfigureAwait(false)).Json, "data", "id");
        var escaped = Uri.EscapeDataString(id);

        var chunk = Math.Max(1, settings.VideoChunkBytes);
        for (int offset = 0, segment = 0; offset < bytes.Length; offset += chunk, segment++)
        {
            using var append = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.ApiUrl, $"2/media/upload/{escaped}/append"))
            {
                Content = new MultipartFormDataContent
                {
                    { new StringContent(segment.ToString(CultureInfo.InvariantCulture)), "segment_index" },
                    { new ByteArrayContent(bytes, offset, Math.Min(chunk, bytes.Length - offset)), "media", "chunk" },
                },
            }.MarkRetrySafe();
            await SendAsync(append, cancellationToken).ConfigureAwait(false);
        }

        using var finalize = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.ApiUrl, $"2/media/upload/{escaped}/finalize")).MarkRetrySafe();
        var processing = (await SendAsync(finalize, cancellationToken).ConfigureAwait(false)).Json;
        for (var poll = 0; ; poll++)
        {
            var info = processing.TryGetProperty("data", out var data) && data.TryGetProperty("processing_info", out var p) ? p : default;
            var state = info.ValueKind == JsonValueKind.Object ? Text(info, "state") : "succeeded";
            if (state == "succeeded")
            {
                return id;
            }

            if (state == "failed")
            {
                var reason = info.TryGetProperty("error", out var error) ? Text(error, "message") ?? error.GetRawText() : "no reason given";
                throw new PublishException($"X could not process the video {item.MediaId}: {reason}.", isTransient: false);
            }

            if (poll >= settings.MaxStatusPolls)
            {
                throw new PublishException($"X was still processing the video {item.MediaId} after {settings.MaxStatusPolls} checks.", isTransient: true, TimeSpan.FromMinutes(5));
            }

            var suggested = info.TryGetProperty("check_after_secs", out var after) && after.TryGetInt32(out var seconds) ? TimeSpan.FromSeconds(seconds) : TimeSpan.FromSeconds(5);
            await Task.Delay(suggested < settings.MaxStatusPollDelay ? suggested : settings.MaxStatusPollDelay, time, cancellationToken).ConfigureAwait(false);
            using var status = new HttpRequestMessage(HttpMethod.Get, new Uri(settings.ApiUrl, $"2/media/upload?command=STATUS&media_id={escaped}"));
            processing = (await SendAsync(status, cancellationToken).ConfigureAwait(false)).Json;
        }
    }

    /// <summary>X says when the window resets in <c>x-rate-limit-reset</c> (Unix seconds).</summary>
    private static TimeSpan? RateLimitReset(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("x-rate-limit-reset", out var values)
            && long.TryParse(values.First(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            var wait = DateTimeOffset.FromUnixTimeSeconds(seconds) - (response.Headers.Date ?? DateTimeOffset.UtcNow);
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return response.Headers.RetryAfter?.Delta;
    }

    private static PublishedPost ToPost(string id) => new(Channel.X, id, new Uri($"https://x.com/i/web/status/{id}"));

    private XOptions Settings()
    {
        var settings = options.Value;
        return settings.IsConfigured ? settings : throw NotConfigured();
    }
}
