using Huizermaat.Approval.Faces;
using Huizermaat.Approval.Integrations.Media;
using Huizermaat.Approval.Integrations.Media.Faces;
using Huizermaat.Approval.Media;
using Huizermaat.Approval.Testing;
using ImageMagick;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Integrations.Tests.Media;

/// <summary>A face marked "vervagen" is unrecognisable in the copy that is shown and published; the rest stays as it was.</summary>
public sealed class BlurredCopiesTests
{
    private readonly InMemoryMediaStore _store = new();

    private BlurredCopies Copies => new(_store, Options.Create(new MediaPipelineOptions()), NullLogger<BlurredCopies>.Instance);

    private async Task<StoredMedia> UploadAsync(GroupPhoto photo) =>
        await new MediaPipeline(_store, Options.Create(new MediaPipelineOptions()), NullLogger<MediaPipeline>.Instance, TestFaces.Detector)
            .IngestAsync(new MemoryStream(photo.Jpeg), CancellationToken.None);

    private static MediaFace[] Choose(StoredMedia upload, params int[] blurred) =>
        [.. upload.Faces!.Select((box, i) => new MediaFace(box, blurred.Contains(i) ? FaceResolution.Blur : FaceResolution.Person, blurred.Contains(i) ? null : $"p-{i}"))];

    private async Task<MagickImage> ReadAsync(string mediaId)
    {
        await using var content = await _store.OpenReadAsync(mediaId, CancellationToken.None);
        return new MagickImage(content);
    }

    [Fact]
    public async Task A_blurred_face_loses_its_detail_and_is_no_longer_found_while_the_other_faces_stay()
    {
        var upload = await UploadAsync(GroupPhotos.Compose(1600, 1200, 3, 2, 0.06));

        var copyId = await Copies.EnsureAsync(upload, Choose(upload, 1), CancellationToken.None);

        using var before = await ReadAsync(upload.MediaId);
        using var after = await ReadAsync(copyId);
        var face = upload.Faces![1];
        var region = FaceBlur.Region(face, before.Width, before.Height);
        var detailBefore = ImageRegions.Detail(before, region);
        var detailAfter = ImageRegions.Detail(after, region);
        Assert.True(detailAfter < detailBefore * 0.1, $"detail in the blurred face: {detailAfter:F2}, before {detailBefore:F2}");
        var found = TestFaces.Detector.Detect(after, CancellationToken.None);
        Assert.DoesNotContain(found, f => GroupPhotos.Matches(face, f));
        foreach (var other in upload.Faces.Where(f => f != face))
        {
            Assert.Contains(found, f => GroupPhotos.Matches(other, f));
            Assert.True(ImageRegions.Difference(before, after, FaceBlur.Region(other, before.Width, before.Height)) < 3, $"face {other} changed");
        }
    }

    [Fact]
    public async Task The_copy_is_stored_with_the_faces_still_visible_and_its_own_thumbnail_is_blurred_too()
    {
        var store = new ThumbnailKeepingStore();
        var pipeline = new MediaPipeline(store, Options.Create(new MediaPipelineOptions()), NullLogger<MediaPipeline>.Instance, TestFaces.Detector);
        var upload = await pipeline.IngestAsync(new MemoryStream(GroupPhotos.Compose(1600, 1200, 2, 1, 0.1).Jpeg), CancellationToken.None);
        var copies = new BlurredCopies(store, Options.Create(new MediaPipelineOptions()), NullLogger<BlurredCopies>.Instance);

        var copyId = await copies.EnsureAsync(upload, Choose(upload, 0), CancellationToken.None);

        Assert.Equal(upload.Faces!.Skip(1), (await store.GetInfoAsync(copyId, CancellationToken.None)).Faces!);
        using var thumbnailBefore = new MagickImage(store.Thumbnails[upload.MediaId]);
        using var thumbnailAfter = new MagickImage(store.Thumbnails[copyId]);
        var region = FaceBlur.Region(upload.Faces![0], thumbnailBefore.Width, thumbnailBefore.Height);

        // The thumbnail is a small JPEG of quality 80, whose own noise is part of what is left.
        Assert.True(ImageRegions.Detail(thumbnailAfter, region) < ImageRegions.Detail(thumbnailBefore, region) * 0.2);
    }

    [Fact]
    public async Task The_same_choice_finds_the_same_copy_and_a_photo_with_nothing_to_blur_is_shown_as_uploaded()
    {
        var upload = await UploadAsync(GroupPhotos.Compose(1600, 1200, 3, 1, 0.08));

        var first = await Copies.EnsureAsync(upload, Choose(upload, 0, 2), CancellationToken.None);
        var again = await Copies.EnsureAsync(upload, Choose(upload, 2, 0), CancellationToken.None);
        var other = await Copies.EnsureAsync(upload, Choose(upload, 0), CancellationToken.None);
        var none = await Copies.EnsureAsync(upload, Choose(upload), CancellationToken.None);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.NotEqual(upload.MediaId, first);
        Assert.Equal(upload.MediaId, none);
    }

    [Fact]
    public async Task A_face_marked_on_a_thumbnail_gets_a_yellow_frame_and_nothing_else_changes()
    {
        var store = new ThumbnailKeepingStore();
        var pipeline = new MediaPipeline(store, Options.Create(new MediaPipelineOptions()), NullLogger<MediaPipeline>.Instance, TestFaces.Detector);
        var upload = await pipeline.IngestAsync(new MemoryStream(GroupPhotos.Compose(1600, 1200, 2, 1, 0.1).Jpeg), CancellationToken.None);

        using var plain = new MagickImage(store.Thumbnails[upload.MediaId]);
        using var marked = new MagickImage(FaceMarker.Mark(store.Thumbnails[upload.MediaId], [upload.Faces![0]]));

        var face = upload.Faces[0];
        var frameLeft = (int)((face.X - (face.Width * 0.15)) * marked.Width);
        var middle = (int)((face.Y + (face.Height / 2)) * marked.Height);
        var pixel = marked.GetPixels().GetPixel(frameLeft, middle).ToColor()!;
        Assert.True(pixel.R > 200 && pixel.G > 180 && pixel.B < 90, $"the frame's pixel is {pixel}");
        var otherFace = FaceBlur.Region(upload.Faces[1], plain.Width, plain.Height);
        Assert.True(ImageRegions.Difference(plain, marked, otherFace) < 3);
    }

    /// <summary>The in-memory store, keeping thumbnails as well.</summary>
    private sealed class ThumbnailKeepingStore : IMediaStore
    {
        private readonly InMemoryMediaStore _inner = new();

        public Dictionary<string, byte[]> Thumbnails { get; } = [];

        public Task SaveAsync(StoredMedia media, Stream content, ReadOnlyMemory<byte>? thumbnail, CancellationToken cancellationToken)
        {
            if (thumbnail is { } bytes)
            {
                Thumbnails[media.MediaId] = bytes.ToArray();
            }

            return _inner.SaveAsync(media, content, thumbnail, cancellationToken);
        }

        public Task<Stream> OpenReadAsync(string mediaId, CancellationToken cancellationToken) => _inner.OpenReadAsync(mediaId, cancellationToken);

        public Task<StoredMedia> GetInfoAsync(string mediaId, CancellationToken cancellationToken) => _inner.GetInfoAsync(mediaId, cancellationToken);

        public Task<Stream?> OpenThumbnailAsync(string mediaId, CancellationToken cancellationToken) =>
            Task.FromResult<Stream?>(Thumbnails.TryGetValue(mediaId, out var bytes) ? new MemoryStream(bytes) : null);

        public Task<Uri> GetReadUriAsync(string mediaId, TimeSpan lifetime, CancellationToken cancellationToken) => _inner.GetReadUriAsync(mediaId, lifetime, cancellationToken);

        public Task DeleteAsync(string mediaId, CancellationToken cancellationToken) => _inner.DeleteAsync(mediaId, cancellationToken);
    }
}
