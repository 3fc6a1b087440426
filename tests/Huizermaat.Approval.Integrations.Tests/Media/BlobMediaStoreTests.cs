using System.Net;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Integrations.Media;
using Huizermaat.Approval.Media;
using Huizermaat.Approval.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Huizermaat.Approval.Integrations.Tests.Media;

public sealed class BlobMediaStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task An_upload_is_processed_and_stored_privately_with_its_thumbnail()
    {
        using var services = Services();
        var pipeline = services.GetRequiredService<MediaPipeline>();
        var store = services.GetRequiredService<IMediaStore>();

        var stored = await pipeline.IngestAsync(new MemoryStream(TestMedia.PhotoWithLocation(800, 600)), CancellationToken.None);

        Assert.Equal((MediaKind.Photo, "image/jpeg"), (stored.Kind, stored.ContentType));
        Assert.Equal(stored, await store.GetInfoAsync(stored.MediaId, CancellationToken.None));
        await using var content = await store.OpenReadAsync(stored.MediaId, CancellationToken.None);
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        Assert.Equal(stored.Length, copy.Length);
        Assert.DoesNotContain("Huizen", System.Text.Encoding.Latin1.GetString(copy.ToArray()), StringComparison.Ordinal);
        await using var thumbnail = await store.OpenThumbnailAsync(stored.MediaId, CancellationToken.None);
        Assert.Equal(ImageMagick.MagickFormat.Jpeg, new ImageMagick.MagickImageInfo(thumbnail!).Format);
        var container = await new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(ContainerName).GetPropertiesAsync();
        Assert.Equal(PublicAccessType.None, container.Value.PublicAccess);
    }

    [Fact]
    public async Task The_face_boxes_of_a_photo_are_kept_with_it_and_a_video_has_none()
    {
        using var services = Services();
        var pipeline = services.GetRequiredService<MediaPipeline>();
        var store = services.GetRequiredService<IMediaStore>();

        var group = await pipeline.IngestAsync(new MemoryStream(GroupPhotos.Compose(1600, 1200, 3, 2, 0.06).Jpeg), CancellationToken.None);
        var empty = await pipeline.IngestAsync(new MemoryStream(TestMedia.Png(40, 30)), CancellationToken.None);
        var video = await pipeline.IngestAsync(new MemoryStream(TestMedia.Mp4WithLocation()), CancellationToken.None);

        Assert.Equal(6, (await store.GetInfoAsync(group.MediaId, CancellationToken.None)).Faces!.Count);
        Assert.Equal(group, await store.GetInfoAsync(group.MediaId, CancellationToken.None));
        Assert.Equal([], (await store.GetInfoAsync(empty.MediaId, CancellationToken.None)).Faces);
        Assert.Null((await store.GetInfoAsync(video.MediaId, CancellationToken.None)).Faces);
    }

    [Fact]
    public async Task A_read_address_works_without_credentials_and_the_plain_address_does_not()
    {
        using var services = Services();
        var store = services.GetRequiredService<IMediaStore>();
        var stored = await services.GetRequiredService<MediaPipeline>().IngestAsync(new MemoryStream(TestMedia.Png(40, 30)), CancellationToken.None);
        using var anonymous = new HttpClient();

        var address = await store.GetReadUriAsync(stored.MediaId, TimeSpan.FromMinutes(10), CancellationToken.None);
        var signed = await anonymous.GetAsync(address);
        var unsigned = await anonymous.GetAsync(address.GetLeftPart(UriPartial.Path));

        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal("image/jpeg", signed.Content.Headers.ContentType?.MediaType);
        Assert.False(unsigned.IsSuccessStatusCode);
        Assert.Contains("sp=r", address.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleted_media_and_unknown_ids_are_not_found()
    {
        using var services = Services();
        var store = services.GetRequiredService<IMediaStore>();
        var stored = await services.GetRequiredService<MediaPipeline>().IngestAsync(new MemoryStream(TestMedia.PhotoWithLocation()), CancellationToken.None);

        await store.DeleteAsync(stored.MediaId, CancellationToken.None);
        await store.DeleteAsync(stored.MediaId, CancellationToken.None);

        await Assert.ThrowsAsync<MediaNotFoundException>(() => store.OpenReadAsync(stored.MediaId, CancellationToken.None));
        await Assert.ThrowsAsync<MediaNotFoundException>(() => store.OpenThumbnailAsync(stored.MediaId, CancellationToken.None));
        await Assert.ThrowsAsync<MediaNotFoundException>(() => store.GetInfoAsync("0123456789abcdef", CancellationToken.None));
        await Assert.ThrowsAsync<MediaNotFoundException>(() => store.OpenReadAsync("../other-container/secret", CancellationToken.None));
    }

    [Fact]
    public async Task A_video_is_stored_without_a_thumbnail()
    {
        using var services = Services();
        var store = services.GetRequiredService<IMediaStore>();

        var stored = await services.GetRequiredService<MediaPipeline>().IngestAsync(new MemoryStream(TestMedia.Mp4WithLocation()), CancellationToken.None);

        Assert.Equal((MediaKind.Video, "video/mp4"), ((await store.GetInfoAsync(stored.MediaId, CancellationToken.None)).Kind, stored.ContentType));
        Assert.Null(await store.OpenThumbnailAsync(stored.MediaId, CancellationToken.None));
    }

    [Fact]
    public async Task A_consent_request_shows_the_photos_thumbnails_and_skips_the_video()
    {
        using var services = Services();
        var pipeline = services.GetRequiredService<MediaPipeline>();
        var photo = await pipeline.IngestAsync(new MemoryStream(TestMedia.PhotoWithLocation(1200, 900)), CancellationToken.None);
        var video = await pipeline.IngestAsync(new MemoryStream(TestMedia.Mp4WithLocation()), CancellationToken.None);

        var images = await Approval.Mail.Templates.MailImages.ThumbnailsAsync(services.GetRequiredService<IMediaStore>(), [video.MediaId, photo.MediaId], CancellationToken.None);
        var mail = Approval.Mail.Templates.MailComposer.Compose(new Approval.Mail.Templates.ConsentRequestMail(
            new Approval.Mail.MailAddress("ouder@example.org"), "d1", "consent-1", "Sam", false, "Jan", "Sportdag", images, new Uri("https://goedkeuring.example.org/c/1"), DateTimeOffset.UnixEpoch));

        var image = Assert.Single(images);
        var thumbnail = new ImageMagick.MagickImageInfo(image.Content.ToArray());
        Assert.Equal((480u, 360u), (thumbnail.Width, thumbnail.Height));
        Assert.Equal("image/jpeg", Assert.Single(mail.InlineImages!).ContentType);
    }

    [Fact]
    public async Task Retention_deletes_the_media_of_unpublished_drafts_after_the_period()
    {
        using var services = Services();
        var store = services.GetRequiredService<IMediaStore>();
        var pipeline = services.GetRequiredService<MediaPipeline>();
        var rejected = await pipeline.IngestAsync(new MemoryStream(TestMedia.PhotoWithLocation()), CancellationToken.None);
        var recent = await pipeline.IngestAsync(new MemoryStream(TestMedia.PhotoWithLocation()), CancellationToken.None);
        var published = await pipeline.IngestAsync(new MemoryStream(TestMedia.PhotoWithLocation()), CancellationToken.None);
        var now = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
        EndedDraft[] drafts =
        [
            new("rejected", now.AddDays(-31), Published: false, [rejected.MediaId]),
            new("recent", now.AddDays(-29), Published: false, [recent.MediaId]),
            new("published", now.AddDays(-365), Published: true, [published.MediaId]),
        ];

        var deleted = await MediaRetention.PurgeAsync(store, drafts, now, MediaRetention.DefaultPeriod, stillInUse: null, CancellationToken.None);

        Assert.Equal([rejected.MediaId], deleted);
        await Assert.ThrowsAsync<MediaNotFoundException>(() => store.GetInfoAsync(rejected.MediaId, CancellationToken.None));
        await store.GetInfoAsync(recent.MediaId, CancellationToken.None);
        await store.GetInfoAsync(published.MediaId, CancellationToken.None);
    }

    private const string ContainerName = "media-tests";

    private ServiceProvider Services() =>
        new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(DateTimeOffset.UtcNow))
            .AddSingleton(new BlobServiceClient(azurite.ConnectionString))
            .AddMediaPipeline(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Media:Storage:ContainerName"] = ContainerName,
            }).Build())
            .BuildServiceProvider();
}
