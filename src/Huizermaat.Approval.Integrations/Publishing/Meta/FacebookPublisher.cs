using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Media;
using Huizermaat.Approval.Publishing;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Integrations.Publishing.Meta;

/// <summary>
/// A Facebook Page through the Graph API. Text: <c>POST /{page}/feed</c>. One photo: <c>POST /{page}/photos</c>.
/// Several photos: each uploaded unpublished to <c>/{page}/photos</c>, then one <c>/{page}/feed</c> post with
/// <c>attached_media</c>. One video: <c>POST /{page}/videos</c>. The Graph API has no idempotency key.
/// </summary>
public sealed class FacebookPublisher(HttpClient http, IMediaStore media, IOptions<FacebookOptions> options)
    : MetaGraphPublisher<FacebookOptions>(http, media, options)
{
    public override Channel Channel => Channel.Facebook;

    protected override string Network => "Facebook";

    public override async Task<PublishedPost> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = Settings();
        var page = Uri.EscapeDataString(settings.PageId!);
        var photos = request.Media.Where(m => m.Kind == MediaKind.Photo).ToList();
        var videos = request.Media.Where(m => m.Kind == MediaKind.Video).ToList();
        if (request.Media.Any(m => m.Kind == MediaKind.Audio))
        {
            throw new PublishException("Facebook Pages do not take audio files; attach a video or a photo instead.", isTransient: false);
        }

        if (videos.Count > 1 || (videos.Count == 1 && photos.Count > 0))
        {
            throw new PublishException("A Facebook post holds either photos or one video, not both.", isTransient: false);
        }

        string postId;
        if (videos.Count == 1)
        {
            using var upload = await Upload(settings, $"{page}/videos", videos[0], [new("description", request.Text)], cancellationToken).ConfigureAwait(false);
            upload.RequestUri = new Uri(settings.VideoGraphUrl, $"{settings.GraphVersion}/{page}/videos");
            postId = Required((await SendAsync(upload, cancellationToken).ConfigureAwait(false)).Json, "id");
        }
        else if (photos.Count == 1)
        {
            using var upload = await Upload(settings, $"{page}/photos", photos[0], [new("message", request.Text), new("published", "true")], cancellationToken).ConfigureAwait(false);
            var photo = (await SendAsync(upload, cancellationToken).ConfigureAwait(false)).Json;
            postId = Text(photo, "post_id") ?? Required(photo, "id");
        }
        else
        {
            var fields = new List<KeyValuePair<string, string>> { new("message", request.Text) };
            for (var i = 0; i < photos.Count; i++)
            {
                // Unpublished photos are harmless if repeated: only the feed post below makes anything visible.
                using var upload = await Upload(settings, $"{page}/photos", photos[i], [new("published", "false")], cancellationToken).ConfigureAwait(false);
                upload.MarkRetrySafe();
                var photoId = Required((await SendAsync(upload, cancellationToken).ConfigureAwait(false)).Json, "id");
                fields.Add(new(string.Create(CultureInfo.InvariantCulture, $"attached_media[{i}]"), JsonSerializer.Serialize(new { media_fbid = photoId })));
            }

            using var feed = Graph(settings, HttpMethod.Post, $"{page}/feed", new FormUrlEncodedContent(fields));
            postId = Required((await SendAsync(feed, cancellationToken).ConfigureAwait(false)).Json, "id");
        }

        var url = await PermalinkAsync(postId, "permalink_url", cancellationToken).ConfigureAwait(false);
        return new PublishedPost(Channel.Facebook, postId, new Uri(url ?? $"https://www.facebook.com/{postId}"));
    }

    public override Task<PublishedPost?> FindAsync(PublishRequest request, CancellationToken cancellationToken) =>
        FindRecentAsync(request, $"{Uri.EscapeDataString(Settings().PageId!)}/posts", "message", "permalink_url", id => $"https://www.facebook.com/{id}", cancellationToken);

    private async Task<HttpRequestMessage> Upload(
        FacebookOptions settings, string path, MediaReference item, KeyValuePair<string, string>[] fields, CancellationToken cancellationToken)
    {
        var file = new ByteArrayContent(await ReadMediaAsync(item, cancellationToken).ConfigureAwait(false));
        file.Headers.ContentType = new MediaTypeHeaderValue(item.ContentType);
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(file, "source", FileName(item));
        return Graph(settings, HttpMethod.Post, path, form);
    }
}
