using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Media;
using Huizermaat.Approval.Publishing;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Integrations.Publishing.LinkedIn;

/// <summary>
/// LinkedIn organisation posts through the versioned REST API: each photo is registered
/// (<c>POST /rest/images?action=initializeUpload</c>), uploaded to the returned address (PUT) and awaited until
/// AVAILABLE; a video likewise through <c>/rest/videos</c> (upload in the parts LinkedIn asks for, then
/// <c>finalizeUpload</c> with the parts' ETags); then the post is created (<c>POST /rest/posts</c>, its URN in the
/// <c>x-restli-id</c> header). LinkedIn has no idempotency key. Audio is not a LinkedIn post type.
/// </summary>
public sealed class LinkedInPublisher(HttpClient http, IMediaStore media, IOptions<LinkedInOptions> options, TimeProvider time)
    : NetworkPublisher(http, media)
{
    public override Channel Channel => Channel.LinkedIn;

    protected override string Network => "LinkedIn";

    public override async Task<PublishedPost> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = Settings();
        if (request.Media.Any(m => m.Kind == MediaKind.Audio))
        {
            throw new PublishException("LinkedIn has no audio posts; attach a video or photos instead.", isTransient: false);
        }

        var videos = request.Media.Where(m => m.Kind == MediaKind.Video).ToList();
        if (videos.Count > 1 || (videos.Count == 1 && request.Media.Count > 1))
        {
            throw new PublishException("A LinkedIn post holds photos or one video, not both.", isTransient: false);
        }

        var images = new List<string>();
        foreach (var item in request.Media)
        {
            images.Add(item.Kind == MediaKind.Video
                ? await UploadVideo(settings, item, cancellationToken).ConfigureAwait(false)
                : await UploadImage(settings, item, cancellationToken).ConfigureAwait(false));
        }

        object? content = images.Count switch
        {
            0 => null,
            1 => new { media = new { id = images[0] } },
            _ => new { multiImage = new { images = images.Select(id => new { id }).ToArray() } },
        };
        var post = new Dictionary<string, object?>
        {
            ["author"] = settings.OrganizationUrn,
            ["commentary"] = LittleText.Escape(request.Text),
            ["visibility"] = "PUBLIC",
            ["distribution"] = new { feedDistribution = "MAIN_FEED", targetEntities = Array.Empty<object>(), thirdPartyDistributionChannels = Array.Empty<object>() },
            ["lifecycleState"] = "PUBLISHED",
            ["isReshareDisabledByAuthor"] = false,
        };
        if (content is not null)
        {
            post["content"] = content;
        }

        using var create = Request(HttpMethod.Post, "rest/posts", settings);
        create.Content = JsonContent.Create(post);
        var created = await SendAsync(create, cancellationToken).ConfigureAwait(false);
        var urn = created.Headers.TryGetValues("x-restli-id", out var ids) ? ids.First()
            : throw new PublishException("LinkedIn created the post but did not say its id (no x-restli-id header).", isTransient: false);
        return ToPost(urn);
    }

    public override async Task<PublishedPost?> FindAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = Settings();
        using var recent = Request(HttpMethod.Get, $"rest/posts?author={Uri.EscapeDataString(settings.OrganizationUrn)}&q=author&count=20&sortBy=LAST_MODIFIED", settings);
        recent.Headers.Add("X-RestLi-Method", "FINDER");
        var json = (await SendAsync(recent, cancellationToken).ConfigureAwait(false)).Json;
        if (!json.TryGetProperty("elements", out var elements) || elements.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return elements.EnumerateArray()
            .Where(p => Text(p, "commentary") is { } commentary && PostText.Same(LittleText.Unescape(commentary), request.Text))
            .Select(p => ToPost(Required(p, "id")))
            .FirstOrDefault();
    }

    public override async Task DeleteAsync(PublishedPost post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        using var delete = Request(HttpMethod.Delete, $"rest/posts/{Uri.EscapeDataString(post.PostId)}", Settings());
        await SendAsync(delete, cancellationToken, notFoundIsDone: true).ConfigureAwait(false);
    }

    /// <summary>LinkedIn's error body: <c>{"status":401,"serviceErrorCode":65601,"code":"REVOKED_ACCESS_TOKEN","message":"…"}</c>.</summary>
    internal override PublishException ToException(HttpResponseMessage response, string body)
    {
        string message = body, code = string.Empty;
        try
        {
            using var document = JsonDocument.Parse(body);
            message = Text(document.RootElement, "message") ?? body;
            code = Text(document.RootElement, "code") ?? string.Empty;
        }
        catch (JsonException)
        {
        }

        var detail = code.Length == 0 ? message : $"{code}: {message}";
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => new PublishException(
                $"LinkedIn refused the access token ({detail}); a page admin must sign in again to get a new token (they last 60 days) and update Publishing:LinkedIn:AccessToken.", isTransient: false),
            HttpStatusCode.Forbidden => new PublishException($"LinkedIn: the token may not post for this organisation ({detail}).", isTransient: false),
            HttpStatusCode.TooManyRequests => new PublishException($"LinkedIn rate limit reached ({detail}).", isTransient: true, response.Headers.RetryAfter?.Delta ?? TimeSpan.FromHours(1)),
            >= HttpStatusCode.InternalServerError => new PublishException($"LinkedIn failed ({(int)response.StatusCode}: {detail}).", isTransient: true),
            _ => new PublishException($"LinkedIn refused the request ({(int)response.StatusCode}: {detail}).", isTransient: false),
        };
    }

    private async Task<string> UploadImage(LinkedInOptions settings, MediaReference item, CancellationToken cancellationToken)
    {
        using var initialize = Request(HttpMethod.Post, "rest/images?action=initializeUpload", settings).MarkRetrySafe();
        initialize.Content = JsonContent.Create(new { initializeUploadRequest = new { owner = settings.OrganizationUrn } });
        var value = (await SendAsync(initialize, cancellationToken).ConfigureAwait(false)).Json.GetProperty("value");
        var image = Required(value, "image");

        using var upload = new HttpRequestMessage(HttpMethod.Put, new Uri(Required(value, "uploadUrl")));
        upload.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.AccessToken);
        upload.Content = new ByteArrayContent(await ReadMediaAsync(item, cancellationToken).ConfigureAwait(false));
        upload.Content.Headers.ContentType = new MediaTypeHeaderValue(item.ContentType);
        await SendAsync(upload, cancellationToken).ConfigureAwait(false);
        return await WaitUntilAvailable(settings, "images", image, item, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> UploadVideo(LinkedInOptions settings, MediaReference item, CancellationToken cancellationToken)
    {
        var bytes = await ReadMediaAsync(item, cancellationToken).ConfigureAwait(false);
        using var initialize = Request(HttpMethod.Post, "rest/videos?action=initializeUpload", settings).MarkRetrySafe();
        initialize.Content = JsonContent.Create(new
        {
            initializeUploadRequest = new { owner = settings.OrganizationUrn, fileSizeBytes = bytes.LongLength, uploadCaptions = false, uploadThumbnail = false },
        });
        var value = (await SendAsync(initialize, cancellationToken).ConfigureAwait(false)).Json.GetProperty("value");
        var video = Required(value, "video");
        var parts = new List<string>();
        foreach (var instruction in value.GetProperty("uploadInstructions").EnumerateArray())
        {
            var first = instruction.GetProperty("firstByte").GetInt64();
            var last = instruction.GetProperty("lastByte").GetInt64();
            if (first < 0 || last < first || last >= bytes.LongLength)
            {
                throw new PublishException($"LinkedIn asked for bytes {first}-{last} of a {bytes.LongLength}-byte video.", isTransient: false);
            }

            using var part = new HttpRequestMessage(HttpMethod.Put, new Uri(Required(instruction, "uploadUrl")));
            part.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.AccessToken);
            part.Content = new ByteArrayContent(bytes, (int)first, (int)(last - first + 1));
            part.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            var uploaded = await SendAsync(part, cancellationToken).ConfigureAwait(false);
            parts.Add(uploaded.Headers.NonValidated.TryGetValues("ETag", out var etag) ? etag.ToString()
                : throw new PublishException("LinkedIn accepted a video part without an ETag.", isTransient: true));
        }

        using var finalize = Request(HttpMethod.Post, "rest/videos?action=finalizeUpload", settings).MarkRetrySafe();
        finalize.Content = JsonContent.Create(new
        {
            finalizeUploadRequest = new { video, uploadToken = Text(value, "uploadToken") ?? string.Empty, uploadedPartIds = parts },
        });
        await SendAsync(finalize, cancellationToken).ConfigureAwait(false);
        return await WaitUntilAvailable(settings, "videos", video, item, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> WaitUntilAvailable(LinkedInOptions settings, string collection, string urn, MediaReference item, CancellationToken cancellationToken)
    {
        for (var poll = 0; poll < settings.MaxImagePolls; poll++)
        {
            using var status = Request(HttpMethod.Get, $"rest/{collection}/{Uri.EscapeDataString(urn)}", settings);
            switch (Text((await SendAsync(status, cancellationToken).ConfigureAwait(false)).Json, "status"))
            {
                case "AVAILABLE":
                    return urn;
                case "PROCESSING_FAILED":
                    throw new PublishException($"LinkedIn could not process {item.MediaId} ({urn}).", isTransient: false);
                default:
                    await Task.Delay(settings.ImagePollInterval, time, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }

        throw new PublishException($"LinkedIn was still processing {item.MediaId} after {settings.MaxImagePolls} checks.", isTransient: true, TimeSpan.FromMinutes(5));
    }

    private static PublishedPost ToPost(string urn) =>
        new(Channel.LinkedIn, urn, new Uri($"https://www.linkedin.com/feed/update/{urn}/"));

    private static HttpRequestMessage Request(HttpMethod method, string path, LinkedInOptions settings)
    {
        var request = new HttpRequestMessage(method, new Uri(settings.ApiUrl, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.AccessToken);
        request.Headers.Add("LinkedIn-Version", settings.ApiVersion);
        request.Headers.Add("X-Restli-Protocol-Version", "2.0.0");
        return request;
    }

    private LinkedInOptions Settings()
    {
        var settings = options.Value;
        return settings.IsConfigured ? settings : throw NotConfigured();
    }
}
