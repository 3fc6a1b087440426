using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Faces;
using Huizermaat.Approval.Integrations.Media;
using Huizermaat.Approval.Testing;
using ImageMagick;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Integrations.Tests.Media;

/// <summary>The face detector on real faces: the public-domain test photos of Debian's python3-skimage, and group photos composed from them.</summary>
public sealed class FaceDetectorTests
{
    [Fact]
    public void The_astronauts_face_is_found_where_it_is()
    {
        using var image = new MagickImage(GroupPhotos.PathOf("astronaut.png"));

        var face = Assert.Single(TestFaces.Detector.Detect(image, CancellationToken.None));

        Assert.True(GroupPhotos.Matches(new FaceBox(172 / 512.0, 73 / 512.0, 106 / 512.0, 106 / 512.0, 1), face), $"found {face}");
        Assert.InRange(face.Confidence, FaceBox.ClearConfidence, 1);
    }

    [Fact]
    public void Every_face_of_a_group_photo_is_found_in_reading_order()
    {
        var group = GroupPhotos.Compose(1600, 1200, 4, 2, 0.05);
        using var image = new MagickImage(group.Jpeg);

        var faces = TestFaces.Detector.Detect(image, CancellationToken.None);

        Assert.Equal(8, faces.Count);
        Assert.All(group.Faces.Zip(faces), pair => Assert.True(GroupPhotos.Matches(pair.First, pair.Second), $"face {pair.First} was answered as {pair.Second}"));
    }

    [Fact]
    public void The_small_faces_of_a_class_photo_of_twelve_megapixels_are_found()
    {
        var group = GroupPhotos.Compose(4000, 3000, 10, 4, 0.02);
        using var image = new MagickImage(group.Jpeg);

        var faces = TestFaces.Detector.Detect(image, CancellationToken.None);

        Assert.Equal(40, faces.Count);
        Assert.All(group.Faces, truth => Assert.Contains(faces, f => GroupPhotos.Matches(truth, f)));
    }

    [Theory]
    [InlineData("coffee.png")]
    [InlineData("horse.png")]
    [InlineData("brick.png")]
    public void A_photo_without_people_has_no_faces(string file)
    {
        using var image = new MagickImage(GroupPhotos.PathOf(file));

        Assert.Empty(TestFaces.Detector.Detect(image, CancellationToken.None));
    }

    [Fact]
    public async Task An_uploaded_group_photo_is_stored_with_its_face_boxes()
    {
        var store = new InMemoryMediaStore();
        var group = GroupPhotos.Compose(1600, 1200, 3, 2, 0.06);

        var stored = await Pipeline(store).IngestAsync(new MemoryStream(group.Jpeg), CancellationToken.None);

        Assert.Equal(6, stored.Faces!.Count);
        Assert.Equal(stored.Faces, (await store.GetInfoAsync(stored.MediaId, CancellationToken.None)).Faces);
    }

    [Fact]
    public async Task The_faces_of_a_photo_taken_sideways_are_found_upright()
    {
        // The camera held on its side: the pixels lie rotated, the EXIF orientation says how to turn them.
        var group = GroupPhotos.Compose(1600, 1200, 3, 2, 0.06);
        using var sideways = new MagickImage(group.Jpeg);
        sideways.Rotate(-90);
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Orientation, (ushort)6);
        sideways.SetProfile(exif);
        sideways.Orientation = Orientation.RightTop;

        var processed = await Pipeline(new InMemoryMediaStore()).ProcessAsync(new MemoryStream(sideways.ToByteArray(MagickFormat.Jpeg)), CancellationToken.None);

        Assert.Equal(6, processed.Faces!.Count);
        Assert.All(group.Faces, truth => Assert.Contains(processed.Faces, f => GroupPhotos.Matches(truth, f)));
    }

    [Fact]
    public async Task An_animated_gif_is_analysed_on_its_first_frame_and_a_video_not_at_all()
    {
        var group = GroupPhotos.Compose(800, 600, 2, 1, 0.12);
        using var frames = new MagickImageCollection { new MagickImage(group.Jpeg), new MagickImage(MagickColors.Gray, 800, 600) };
        var gif = await Pipeline(new InMemoryMediaStore()).ProcessAsync(new MemoryStream(frames.ToByteArray(MagickFormat.Gif)), CancellationToken.None);
        var video = await Pipeline(new InMemoryMediaStore()).ProcessAsync(new MemoryStream(TestMedia.Mp4WithLocation()), CancellationToken.None);

        Assert.Equal(2, gif.Faces!.Count);
        Assert.Equal(MediaKind.Video, video.Kind);
        Assert.Null(video.Faces);
    }

    private static MediaPipeline Pipeline(InMemoryMediaStore store) =>
        new(store, Options.Create(new MediaPipelineOptions()), NullLogger<MediaPipeline>.Instance, TestFaces.Detector);
}
