using Huizermaat.Approval.Integrations.Media;
using Huizermaat.Approval.Media;
using ImageMagick;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Integrations.Tests.Media;

/// <summary>ImageMagick's limits are process-wide: these tests change them, so they run alone, and put the defaults back.</summary>
[CollectionDefinition(nameof(ImageMagickLimitsTests), DisableParallelization = true)]
public sealed class ImageMagickLimitsCollection;

[Collection(nameof(ImageMagickLimitsTests))]
public sealed class ImageMagickLimitsTests : IDisposable
{
    public void Dispose() => _ = Pipeline(new ImageMagickLimits());

    [Fact]
    public void The_pipeline_sets_every_ImageMagick_limit_from_its_options()
    {
        _ = Pipeline(new ImageMagickLimits
        {
            MemoryBytes = 300_000_000,
            DiskBytes = 200_000_000,
            AreaPixels = 60_000_000,
            MaxSide = 12_345,
            MaxFrames = 77,
            TimeLimit = TimeSpan.FromSeconds(9),
        });

        Assert.Equal(
            (300_000_000UL, 200_000_000UL, 60_000_000UL, 12_345UL, 12_345UL, 77UL, 9UL),
            (ResourceLimits.Memory, ResourceLimits.Disk, ResourceLimits.Area, ResourceLimits.Width, ResourceLimits.Height, ResourceLimits.ListLength, ResourceLimits.Time));
    }

    [Fact]
    public async Task A_photo_that_needs_more_memory_and_disk_than_allowed_is_refused_clearly()
    {
        var photo = TestMedia.Png(1000, 1000);
        var pipeline = Pipeline(new ImageMagickLimits { MemoryBytes = 1_000_000, DiskBytes = 0 });

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => pipeline.ProcessAsync(new MemoryStream(photo), CancellationToken.None));

        Assert.Equal(MediaRejection.TooManyPixels, error.Reason);
        Assert.Contains("limits for decoding images", error.Message, StringComparison.Ordinal);
        Assert.Contains("te zwaar om te verwerken", error.DutchMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_JPEG_longer_than_the_longest_side_allowed_is_refused_from_its_header()
    {
        // Made here because a JPEG this long cannot be written under the default limits.
        byte[] strip;
        ImageMagickLimiter.Apply(new ImageMagickLimits { MaxSide = 40_000 });
        using (var image = new MagickImage(MagickColors.Gray, 30_001, 2) { Format = MagickFormat.Jpeg })
        {
            strip = image.ToByteArray();
        }

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => Pipeline(new ImageMagickLimits()).ProcessAsync(new MemoryStream(strip), CancellationToken.None));

        Assert.Equal(MediaRejection.TooManyPixels, error.Reason);
        Assert.Contains("wider or higher than 30000 pixels, the longest side allowed; it was not decoded", error.Message, StringComparison.Ordinal);
        Assert.Contains("hoogstens 30000 pixels breed en hoog", error.DutchMessage, StringComparison.Ordinal);
    }

    private static MediaPipeline Pipeline(ImageMagickLimits limits) =>
        new(new InMemoryMediaStore(), Options.Create(new MediaPipelineOptions { ImageMagick = limits }), NullLogger<MediaPipeline>.Instance, TestFaces.Detector);
}
