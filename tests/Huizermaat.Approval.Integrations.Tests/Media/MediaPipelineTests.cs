using System.Text;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Integrations.Media;
using Huizermaat.Approval.Media;
using ImageMagick;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;
using MetadataExtractor.Formats.Iptc;
using MetadataExtractor.Formats.Xmp;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Integrations.Tests.Media;

public sealed class MediaPipelineTests
{
    [Fact]
    public async Task A_phone_photo_loses_its_GPS_position_camera_XMP_and_IPTC()
    {
        var original = TestMedia.PhotoWithLocation();
        var before = ImageMetadataReader.ReadMetadata(new MemoryStream(original));
        Assert.NotEmpty(before.OfType<GpsDirectory>().Single().Tags);
        Assert.NotEmpty(before.OfType<IptcDirectory>());
        Assert.NotEmpty(before.OfType<XmpDirectory>());

        var processed = await Pipeline().ProcessAsync(new MemoryStream(original), CancellationToken.None);

        Assert.Equal("image/jpeg", processed.ContentType);
        foreach (var stored in new[] { processed.Content, processed.Thumbnail! })
        {
            var after = ImageMetadataReader.ReadMetadata(new MemoryStream(stored));
            Assert.Empty(after.OfType<GpsDirectory>());
            Assert.Empty(after.OfType<ExifIfd0Directory>());
            Assert.Empty(after.OfType<ExifSubIfdDirectory>());
            Assert.Empty(after.OfType<IptcDirectory>());
            Assert.Empty(after.OfType<XmpDirectory>());
            Assert.DoesNotContain("Huizen", Encoding.Latin1.GetString(stored), StringComparison.Ordinal);
            Assert.DoesNotContain("iPhone", Encoding.Latin1.GetString(stored), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_sideways_stored_photo_is_turned_upright_before_its_orientation_tag_is_dropped()
    {
        // Orientation 6: the camera stored a portrait photo as landscape and asks viewers to rotate it.
        var sideways = TestMedia.PhotoWithLocation(64, 48, orientation: 6);
        Assert.Equal(6, ImageMetadataReader.ReadMetadata(new MemoryStream(sideways)).OfType<ExifIfd0Directory>().Single().GetInt32(ExifDirectoryBase.TagOrientation));

        var processed = await Pipeline().ProcessAsync(new MemoryStream(sideways), CancellationToken.None);

        var image = new MagickImageInfo(processed.Content);
        Assert.Equal((48u, 64u), (image.Width, image.Height));
    }

    [Fact]
    public async Task A_transparent_PNG_becomes_a_JPEG_with_a_small_thumbnail()
    {
        var processed = await Pipeline().ProcessAsync(new MemoryStream(TestMedia.Png(1600, 1200, transparent: true)), CancellationToken.None);

        Assert.Equal((MediaKind.Photo, "image/jpeg"), (processed.Kind, processed.ContentType));
        var thumbnail = new MagickImageInfo(processed.Thumbnail!);
        Assert.Equal(MagickFormat.Jpeg, thumbnail.Format);
        Assert.Equal((480u, 360u), (thumbnail.Width, thumbnail.Height));
        using var image = new MagickImage(processed.Content);
        Assert.Equal(MagickColors.White, image.GetPixels().GetPixel(10, 10).ToColor());
    }

    [Fact]
    public async Task An_iPhone_HEIC_photo_becomes_a_JPEG_without_its_metadata()
    {
        var heic = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Media", "Fixtures", "phone-with-location.heic"));
        Assert.Contains("iPhone 15", Encoding.Latin1.GetString(heic), StringComparison.Ordinal);

        var processed = await Pipeline().ProcessAsync(new MemoryStream(heic), CancellationToken.None);

        Assert.Equal((MediaKind.Photo, "image/jpeg"), (processed.Kind, processed.ContentType));
        var image = new MagickImageInfo(processed.Content);
        Assert.Equal((MagickFormat.Jpeg, 64u, 48u), (image.Format, image.Width, image.Height));
        var after = ImageMetadataReader.ReadMetadata(new MemoryStream(processed.Content));
        Assert.Empty(after.OfType<GpsDirectory>());
        Assert.Empty(after.OfType<XmpDirectory>());
        Assert.DoesNotContain("iPhone", Encoding.Latin1.GetString(processed.Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_WebP_photo_becomes_a_JPEG()
    {
        using var webp = new MagickImage(MagickColors.Teal, 120, 80) { Format = MagickFormat.WebP };

        var processed = await Pipeline().ProcessAsync(new MemoryStream(webp.ToByteArray()), CancellationToken.None);

        Assert.Equal("image/jpeg", processed.ContentType);
        Assert.Equal((120u, 80u), (new MagickImageInfo(processed.Content).Width, new MagickImageInfo(processed.Content).Height));
    }

    [Fact]
    public async Task An_animated_GIF_stays_an_animation_without_its_comments()
    {
        using var frames = new MagickImageCollection();
        foreach (var color in new[] { MagickColors.Red, MagickColors.Green, MagickColors.Blue })
        {
            var frame = new MagickImage(color, 50, 50) { AnimationDelay = 20 };
            frame.SetAttribute("comment", "Gemaakt in Huizen door Juf Jansen");
            frames.Add(frame);
        }

        var gif = frames.ToByteArray(MagickFormat.Gif);
        Assert.Contains("Huizen", System.Text.Encoding.Latin1.GetString(gif), StringComparison.Ordinal);

        var processed = await Pipeline().ProcessAsync(new MemoryStream(gif), CancellationToken.None);

        Assert.Equal("image/gif", processed.ContentType);
        using var result = new MagickImageCollection(processed.Content);
        Assert.Equal(3, result.Count);
        Assert.DoesNotContain("Huizen", System.Text.Encoding.Latin1.GetString(processed.Content), StringComparison.Ordinal);
        Assert.Equal(MagickFormat.Jpeg, new MagickImageInfo(processed.Thumbnail!).Format);
    }

    [Fact]
    public async Task An_executable_renamed_to_jpg_is_refused()
    {
        byte[] exe = [.. "MZ"u8, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, .. new byte[512]];

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => Pipeline().ProcessAsync(new MemoryStream(exe), CancellationToken.None));

        Assert.Equal(MediaRejection.UnsupportedType, error.Reason);
        Assert.Contains("niet ondersteund", error.DutchMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_JPEG_with_an_archive_appended_is_stored_without_the_archive()
    {
        // A JPEG/ZIP polyglot: image viewers show the photo, unzip finds the payload.
        var payload = Encoding.ASCII.GetBytes("PK\u0003\u0004payload.exe<script>alert(1)</script>");
        byte[] polyglot = [.. TestMedia.PhotoWithLocation(), .. payload];

        var processed = await Pipeline().ProcessAsync(new MemoryStream(polyglot), CancellationToken.None);

        var stored = Encoding.Latin1.GetString(processed.Content);
        Assert.DoesNotContain("payload.exe", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_GIF_header_in_front_of_a_script_is_refused()
    {
        // A GIF/JavaScript polyglot: "GIF89a" parses as a JS identifier, the rest is code.
        var polyglot = Encoding.ASCII.GetBytes("GIF89a/*\u0001\u0000\u0001\u0000*/=1;alert(document.cookie);//");

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => Pipeline().ProcessAsync(new MemoryStream(polyglot), CancellationToken.None));

        Assert.Equal(MediaRejection.Corrupt, error.Reason);
    }

    [Fact]
    public async Task A_truncated_JPEG_is_refused_with_a_clear_reason()
    {
        using var photo = new MagickImage(MagickColors.Green, 400, 300);
        photo.AddNoise(NoiseType.Random);
        photo.Format = MagickFormat.Jpeg;
        var whole = photo.ToByteArray();

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => Pipeline().ProcessAsync(new MemoryStream(whole[..(whole.Length / 2)]), CancellationToken.None));

        Assert.Equal(MediaRejection.Corrupt, error.Reason);
        Assert.Contains("truncated or damaged", error.Message, StringComparison.Ordinal);
        Assert.Contains("beschadigd of onvolledig", error.DutchMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_PNG_is_refused()
    {
        var whole = TestMedia.Png(300, 200);

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => Pipeline().ProcessAsync(new MemoryStream(whole[..(whole.Length - 30)]), CancellationToken.None));

        Assert.Equal(MediaRejection.Corrupt, error.Reason);
    }

    [Fact]
    public async Task A_20000_by_20000_PNG_is_refused_without_being_decoded()
    {
        var bomb = TestMedia.PngBomb(20_000);
        Assert.True(bomb.Length < 1024 * 1024, "the bomb is small on disk");

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => Pipeline().ProcessAsync(new MemoryStream(bomb), CancellationToken.None));

        Assert.Equal(MediaRejection.TooManyPixels, error.Reason);
        Assert.Contains("20000 × 20000 pixels", error.Message, StringComparison.Ordinal);
        Assert.Contains("it was not decoded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_kind_has_its_own_size_limit()
    {
        var photo = TestMedia.PhotoWithLocation();
        var video = TestMedia.Mp4WithLocation();
        Assert.True(photo.Length > video.Length);
        var pipeline = Pipeline(new MediaPipelineOptions { MaxPhotoBytes = video.Length, MaxVideoBytes = video.Length });

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => pipeline.ProcessAsync(new MemoryStream(photo), CancellationToken.None));
        var accepted = await pipeline.ProcessAsync(new MemoryStream(video), CancellationToken.None);

        Assert.Equal(MediaRejection.TooLarge, error.Reason);
        Assert.Equal(MediaKind.Video, accepted.Kind);
    }

    [Fact]
    public async Task An_empty_upload_is_refused()
    {
        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => Pipeline().ProcessAsync(new MemoryStream(), CancellationToken.None));

        Assert.Equal(MediaRejection.Empty, error.Reason);
    }

    [Fact]
    public async Task A_video_loses_its_recording_location_and_keeps_its_size()
    {
        var video = TestMedia.Mp4WithLocation();
        Assert.Contains("+52.2000+005.2400", Encoding.Latin1.GetString(video), StringComparison.Ordinal);

        var processed = await Pipeline().ProcessAsync(new MemoryStream(video), CancellationToken.None);

        Assert.Equal("video/mp4", processed.ContentType);
        Assert.Equal(video.Length, processed.Content.Length);
        var stored = Encoding.Latin1.GetString(processed.Content);
        Assert.DoesNotContain("+52.2000", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("com.apple.quicktime.location", stored, StringComparison.Ordinal);
        Assert.Contains("mvhd", stored, StringComparison.Ordinal);
        Assert.Null(processed.Thumbnail);
    }

    [Fact]
    public async Task A_stored_video_is_spooled_through_a_temporary_file_that_is_gone_afterwards()
    {
        var spool = System.IO.Directory.CreateTempSubdirectory("spool-");
        var store = new InMemoryMediaStore();
        var pipeline = new MediaPipeline(store, Options.Create(new MediaPipelineOptions { SpoolDirectory = spool.FullName }), NullLogger<MediaPipeline>.Instance, TestFaces.Detector);
        var video = TestMedia.Mp4WithLocation();

        var media = await pipeline.IngestAsync(new MemoryStream(video), CancellationToken.None);
        var broken = await Assert.ThrowsAsync<MediaRejectedException>(() => pipeline.IngestAsync(new MemoryStream([.. video, .. "PK\u0003\u0004"u8]), CancellationToken.None));

        await using var stored = await store.OpenReadAsync(media.MediaId, CancellationToken.None);
        using var copy = new MemoryStream();
        await stored.CopyToAsync(copy);
        Assert.Equal((MediaKind.Video, "video/mp4", (long)video.Length), (media.Kind, media.ContentType, media.Length));
        Assert.Equal(video.Length, copy.Length);
        Assert.DoesNotContain("+52.2000", Encoding.Latin1.GetString(copy.ToArray()), StringComparison.Ordinal);
        Assert.Equal(MediaRejection.Corrupt, broken.Reason);
        Assert.Empty(spool.EnumerateFiles());
        spool.Delete();
    }

    [Fact]
    public async Task A_video_over_its_limit_is_refused_while_it_is_read()
    {
        var pipeline = Pipeline(new MediaPipelineOptions { MaxVideoBytes = 1024 * 1024 });
        var upload = new MemoryStream([.. TestMedia.Mp4WithLocation(), .. new byte[8 * 1024 * 1024]]);

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => pipeline.IngestAsync(upload, CancellationToken.None));

        Assert.Equal(MediaRejection.TooLarge, error.Reason);
        Assert.Contains("te groot: maximaal 1 MB", error.DutchMessage, StringComparison.Ordinal);
        Assert.True(upload.Position < 2 * 1024 * 1024, $"read {upload.Position} bytes of an upload refused at 1 MB");
    }

    [Fact]
    public async Task A_WAV_recording_is_accepted_and_one_with_data_appended_is_refused()
    {
        var wav = TestAudio.Wav(samples: 800);

        var accepted = await Pipeline().ProcessAsync(new MemoryStream(wav), CancellationToken.None);
        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => Pipeline().ProcessAsync(new MemoryStream([.. wav, .. "<script>"u8]), CancellationToken.None));

        Assert.Equal((MediaKind.Audio, "audio/wav"), (accepted.Kind, accepted.ContentType));
        Assert.Equal(wav, accepted.Content);
        Assert.Equal(MediaRejection.Corrupt, error.Reason);
    }

    [Fact]
    public async Task A_video_with_data_appended_is_refused()
    {
        byte[] polyglot = [.. TestMedia.Mp4WithLocation(), .. "PK\u0003\u0004hidden"u8];

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => Pipeline().ProcessAsync(new MemoryStream(polyglot), CancellationToken.None));

        Assert.Equal(MediaRejection.Corrupt, error.Reason);
    }

    private static MediaPipeline Pipeline(MediaPipelineOptions? options = null) =>
        new(new InMemoryMediaStore(), Options.Create(options ?? new MediaPipelineOptions()), NullLogger<MediaPipeline>.Instance, TestFaces.Detector);
}
