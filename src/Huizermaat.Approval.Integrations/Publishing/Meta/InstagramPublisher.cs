using System.Globalization;
using System.Text.Json;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Media;
using Huizermaat.Approval.Publishing;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Integrations.Publishing.Meta;

/// <summary>
/// An Instagram professional account through the Graph API (Instagram API with Facebook Login). Checks the 24-hour
/// publishing limit (<c>content_publishing_limit</c>) first; creates a media container per item
/// (<c>POST /{ig-user}/media</c>, Instagram fetches the media from a short-lived address of our store), a carousel
/// container for several items, waits until each container's <c>status_code</c> is FINISHED, then publishes
/// (<c>POST /{ig-user}/media_publish</c>). Instagram has no idempotency key, and posts need at least one photo or video.
/// </summary>
public sealed class InstagramPublisher(HttpClient http, IMediaStore media, IOptions<InstagramOptions> options, TimeProvider time)
    : MetaGraphPublisher<InstagramOptions>(http, media, options)
{
    public override Channel Channel => Channel.Instagram;

    protected override string Network => "Instagram";

    public override async Task<PublishedPost> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = Settings();
        Validate(request);
        await EnsureWithinPublishingLimit(settings, cancellationToken).ConfigureAwait(false);

        string container;
        if (request.Media.Count == 1)
        {
            container = await CreateContainer(settings, request.Media[0], [new("caption", request.Text)], carouselItem: false, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var children = new List<string>();
            foreach (var item in request.Media)
            {
                children.Add(await CreateContainer(settings, item, [new("is_carousel_item", "true")], carouselItem: true, cancellationToken).ConfigureAwait(false));
            }

            foreach (var child in children)
            {
                await WaitUntilFinished(settings, child, cancellationToken).ConfigureAwait(false);
            }

            container = await Post(settings, "media", [new("media_type", "CAROUSEL"), new("children", string.Join(',', children)), new("caption", request.Text)], retrySafe: true, cancellationToken).ConfigureAwait(false);
        }

        await WaitUntilFinished(settings, container, cancellationToken).ConfigureAwait(false);
        var mediaId = await Post(settings, "media_publish", [new("creation_id", container)], retrySafe: false, cancellationToken).ConfigureAwait(false);
        var url = await PermalinkAsync(mediaId, "permalink", cancellationToken).ConfigureAwait(false);
        return new PublishedPost(Channel.Instagram, mediaId, new Uri(url ?? "https://www.instagram.com/"));
    }

    public override Task<PublishedPost?> FindAsync(PublishRequest request, CancellationToken cancellationToken) =>
        FindRecentAsync(request, $"{Uri.EscapeDataString(Settings().UserId!)}/media", "caption", "permalink", _ => "https://www.instagram.com/", cancellationToken);

    private static void Validate(PublishRequest request)
    {
        if (request.Media.Count == 0)
        {
            throw new PublishException("Instagram needs at least one photo or video; a text-only post cannot go to Instagram.", isTransient: false);
        }

        if (request.Media.Count > 10)
        {
            throw new PublishException("An Instagram carousel holds at most 10 photos or videos.", isTransient: false);
        }

        foreach (var item in request.Media)
        {
            if (item.Kind == MediaKind.Audio)
            {
                throw new PublishException("Instagram does not take audio files.", isTransient: false);
            }

            if (item.Kind == MediaKind.Photo && item.ContentType != "image/jpeg")
            {
                throw new PublishException($"Instagram takes only JPEG photos, not {item.ContentType}.", isTransient: false);
            }
        }
    }

    private async Task EnsureWithinPublishingLimit(InstagramOptions settings, CancellationToken cancellationToken)
    {
        using var limit = Get(settings, $"{Uri.EscapeDataString(settings.UserId!)}/content_publishing_limit?fields=quota_usage,config");
        var json = (await SendAsync(limit, cancellationToken).ConfigureAwait(false)).Json;
        if (json.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array && data.GetArrayLength() > 0)
        {
            var entry = data[0];
            var usage = entry.TryGetProperty("quota_usage", out var u) && u.TryGetInt32(out var used) ? used : 0;
            var total = entry.TryGetProperty("config", out var config) && config.TryGetProperty("quota_total", out var t) && t.TryGetInt32(out var max) ? max : int.MaxValue;
            if (usage >= total)
            {
                throw new PublishException(
                    string.Create(CultureInfo.InvariantCulture, $"Instagram's publishing limit is reached: the account published {usage} of at most {total} posts in the last 24 hours. The post will go out when the oldest of those is 24 hours old."),
                    isTransient: true,
                    TimeSpan.FromHours(1));
            }
        }
    }

    private async Task<string> CreateContainer(
        InstagramOptions settings, MediaReference item, KeyValuePair<string, string>[] extra, bool carouselItem, CancellationToken cancellationToken)
    {
        var url = (await Media.GetReadUriAsync(item.MediaId, settings.MediaUrlLifetime, cancellationToken).ConfigureAwait(false)).AbsoluteUri;
        var fields = item.Kind == MediaKind.Video
            ? new List<KeyValuePair<string, string>> { new("media_type", carouselItem ? "VIDEO" : "REELS"), new("video_url", url) }
            : [new("image_url", url)];
        fields.AddRange(extra);

        // A container is invisible until media_publish: repeating its creation is harmless.
        return await Post(settings, "media", fields, retrySafe: true, cancellationToken).ConfigureAwait(false);
    }

    private async Task WaitUntilFinished(InstagramOptions settings, string container, CancellationToken cancellationToken)
    {
        for (var poll = 0; poll < settings.MaxStatusPolls; poll++)
        {
            using var status = Get(settings, $"{Uri.EscapeDataString(container)}?fields=status_code,status");
            var json = (await SendAsync(status, cancellationToken).ConfigureAwait(false)).Json;
            switch (Text(json, "status_code"))
            {
                case "FINISHED":
                    return;
                case "ERROR":
                case "EXPIRED":
                    throw new PublishException($"Instagram could not process the media (container {container}: {Text(json, "status_code")}, {Text(json, "status")}).", isTransient: false);
                case "PUBLISHED":
                    throw new PublishException($"Instagram container {container} is already published.", isTransient: false);
                default:
                    await Task.Delay(settings.StatusPollInterval, time, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }

        throw new PublishException($"Instagram was still processing the media after {settings.MaxStatusPolls} checks (container {container}).", isTransient: true, TimeSpan.FromMinutes(5));
    }

    private async Task<string> Post(InstagramOptions settings, string edge, IEnumerable<KeyValuePair<string, string>> fields, bool retrySafe, CancellationToken cancellationToken)
    {
        using var request = Graph(settings, HttpMethod.Post, $"{Uri.EscapeDataString(settings.UserId!)}/{edge}", new FormUrlEncodedContent(fields));
        if (retrySafe)
        {
            request.MarkRetrySafe();
        }

        return Required((await SendAsync(request, cancellationToken).ConfigureAwait(false)).Json, "id");
    }
}
