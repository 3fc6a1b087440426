using System.Text;
using Huizermaat.Approval.Integrations.Media;
using Huizermaat.Approval.Media;
using MetadataExtractor;
using MetadataExtractor.Formats.QuickTime;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Integrations.Tests.Media;

/// <summary>
/// Videos keep only their video and sound tracks: action cameras and phones record GPS and sensor data in timed
/// metadata tracks (GoPro <c>gpmd</c>, Apple <c>mebx</c>, Google <c>camm</c>), timecode in <c>tmcd</c>.
/// </summary>
public sealed class VideoTrackTests
{
    private const string Gps = "HUIZEN-GPS-52.2000N-005.2400E";

    [Fact]
    public async Task A_camera_video_loses_its_GPS_and_timecode_tracks_and_still_plays()
    {
        var original = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Media", "Fixtures", "camera-with-gps-track.mov"));
        Assert.Equal(["video,avc1", "audio,mp4a", "data,gpmd", "data,tmcd"], await FfMpeg.StreamsAsync(original));
        Assert.Contains(Gps, Encoding.Latin1.GetString(original), StringComparison.Ordinal);

        var processed = await Pipeline().ProcessAsync(new MemoryStream(original), CancellationToken.None);

        Assert.Equal(original.Length, processed.Content.Length);
        Assert.DoesNotContain(Gps, Encoding.Latin1.GetString(processed.Content), StringComparison.Ordinal);
        Assert.DoesNotContain("gpmd", Encoding.Latin1.GetString(processed.Content), StringComparison.Ordinal);
        Assert.Equal(["video,avc1", "audio,mp4a"], await FfMpeg.StreamsAsync(processed.Content));
        Assert.Equal(string.Empty, await FfMpeg.DecodeErrorsAsync(processed.Content));
        var tracks = QuickTimeMetadataReader.ReadMetadata(new MemoryStream(processed.Content)).OfType<QuickTimeTrackHeaderDirectory>();
        Assert.Equal([1, 2], tracks.Select(t => t.GetInt32(QuickTimeTrackHeaderDirectory.TagTrackId)));
    }

    [Fact]
    public async Task A_removed_tracks_samples_are_zeroed_and_the_video_keeps_its_samples_where_they_were()
    {
        var video = TestMedia.Mp4WithTracks(Mp4Variant.Plain, ("vide", Encoding.ASCII.GetBytes("VIDEO-FRAME-1")), ("meta", Encoding.ASCII.GetBytes(Gps)), ("soun", Encoding.ASCII.GetBytes("SOUND-1")));
        var frameAt = Encoding.Latin1.GetString(video).IndexOf("VIDEO-FRAME-1", StringComparison.Ordinal);

        var processed = await Pipeline().ProcessAsync(new MemoryStream(video), CancellationToken.None);

        var stored = Encoding.Latin1.GetString(processed.Content);
        Assert.Equal(video.Length, processed.Content.Length);
        Assert.Equal(frameAt, stored.IndexOf("VIDEO-FRAME-1", StringComparison.Ordinal));
        Assert.Contains("SOUND-1", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(Gps, stored, StringComparison.Ordinal);
        Assert.DoesNotContain("tref", stored, StringComparison.Ordinal); // the video's reference to the removed track went with it
        var tracks = QuickTimeMetadataReader.ReadMetadata(new MemoryStream(processed.Content)).OfType<QuickTimeTrackHeaderDirectory>();
        Assert.Equal([1, 3], tracks.Select(t => t.GetInt32(QuickTimeTrackHeaderDirectory.TagTrackId)));
    }

    [Fact]
    public async Task A_fragmented_video_of_only_picture_and_sound_is_accepted()
    {
        var video = TestMedia.Mp4WithTracks(Mp4Variant.Fragmented, ("vide", Encoding.ASCII.GetBytes("VIDEO-FRAME-1")), ("soun", Encoding.ASCII.GetBytes("SOUND-1")));

        var processed = await Pipeline().ProcessAsync(new MemoryStream(video), CancellationToken.None);

        Assert.Equal(video, processed.Content);
    }

    [Theory]
    [InlineData(Mp4Variant.Fragmented)]
    [InlineData(Mp4Variant.CompactSampleSizes)]
    [InlineData(Mp4Variant.OffsetOutsideMdat)]
    [InlineData(Mp4Variant.ChunkTableOverrunsSamples)]
    public async Task A_video_whose_data_track_cannot_be_removed_safely_is_refused(Mp4Variant variant)
    {
        var video = TestMedia.Mp4WithTracks(variant, ("vide", Encoding.ASCII.GetBytes("VIDEO-FRAME-1")), ("meta", Encoding.ASCII.GetBytes(Gps)));

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => Pipeline().ProcessAsync(new MemoryStream(video), CancellationToken.None));

        Assert.Equal(MediaRejection.MetadataNotRemovable, error.Reason);
        Assert.Contains("a track other than video and sound", error.Message, StringComparison.Ordinal);
        Assert.Contains("GPS", error.DutchMessage, StringComparison.Ordinal);
    }

    private static MediaPipeline Pipeline() =>
        new(new InMemoryMediaStore(), Options.Create(new MediaPipelineOptions()), NullLogger<MediaPipeline>.Instance, TestFaces.Detector);
}
