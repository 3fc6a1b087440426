using Huizermaat.Approval.Integrations.Media;
using Huizermaat.Approval.Media;
using ImageMagick;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Integrations.Tests.Media;

/// <summary>
/// Images built to make the decoder allocate far more than the file's size: every frame, where it sits and how many
/// there are is checked from the headers before a pixel is decoded, and ImageMagick's own limits stop what gets past.
/// </summary>
public sealed class ImageBombTests
{
    [Fact]
    public async Task A_GIF_with_a_1_by_1_first_frame_and_a_65535_by_65535_second_frame_is_refused_before_it_is_decoded()
    {
        var bomb = TestMedia.Gif(1, 1, new GifFrame(0, 0, 1, 1), new GifFrame(0, 0, 65535, 65535));
        Assert.True(bomb.Length < 100, "the file is a few dozen bytes; decoded, its second frame would take 16 GB");

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => Pipeline().ProcessAsync(new MemoryStream(bomb), CancellationToken.None));

        Assert.Equal(MediaRejection.TooManyPixels, error.Reason);
        Assert.Contains("65535", error.Message, StringComparison.Ordinal);
        Assert.Contains("te groot", error.DutchMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_animation_whose_later_frame_is_over_the_pixel_limit_is_refused_though_its_first_frame_is_tiny()
    {
        using var frames = new MagickImageCollection { new MagickImage(MagickColors.Red, 1, 1), new MagickImage(MagickColors.Blue, 1200, 1000) };
        var gif = frames.ToByteArray(MagickFormat.Gif);

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => Pipeline(maxPixels: 1_000_000).ProcessAsync(new MemoryStream(gif), CancellationToken.None));

        Assert.Equal(MediaRejection.TooManyPixels, error.Reason);
        Assert.Contains("frame 2 of 2 is 1200 × 1000 pixels", error.Message, StringComparison.Ordinal);
        Assert.Contains("it was not decoded", error.Message, StringComparison.Ordinal);
        Assert.Contains("hoogstens 1 megapixel", error.DutchMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_GIF_frame_placed_far_outside_its_small_screen_is_refused()
    {
        // A viewer draws every frame on one canvas: this 1 × 1 frame at (30000, 30000) asks for 900 megapixels.
        var gif = TestMedia.Gif(1, 1, new GifFrame(0, 0, 1, 1), new GifFrame(30000, 30000, 1, 1));

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => Pipeline().ProcessAsync(new MemoryStream(gif), CancellationToken.None));

        Assert.Equal(MediaRejection.TooManyPixels, error.Reason);
        Assert.Contains("on a canvas of 30001 × 30001 pixels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_GIF_whose_screen_is_far_larger_than_its_one_small_frame_is_refused()
    {
        var gif = TestMedia.Gif(20000, 20000, new GifFrame(0, 0, 1, 1));

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => Pipeline().ProcessAsync(new MemoryStream(gif), CancellationToken.None));

        Assert.Equal(MediaRejection.TooManyPixels, error.Reason);
        Assert.Contains("on a canvas of 20000 × 20000 pixels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_animation_whose_frames_together_pass_the_pixel_limit_is_refused()
    {
        using var frames = new MagickImageCollection();
        for (var i = 0; i < 5; i++)
        {
            frames.Add(new MagickImage(i % 2 == 0 ? MagickColors.Red : MagickColors.Blue, 500, 500));
        }

        var gif = frames.ToByteArray(MagickFormat.Gif);

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => Pipeline(maxPixels: 1_000_000).ProcessAsync(new MemoryStream(gif), CancellationToken.None));

        Assert.Equal(MediaRejection.TooManyPixels, error.Reason);
        Assert.Contains("5 frames of 1250000 pixels together", error.Message, StringComparison.Ordinal);
        Assert.Contains("alle beelden samen", error.DutchMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_animation_of_more_frames_than_allowed_is_refused_while_its_headers_are_read()
    {
        var frames = Enumerable.Repeat(new GifFrame(0, 0, 1, 1), (int)new ImageMagickLimits().MaxFrames + 1).ToArray();
        var gif = TestMedia.Gif(1, 1, frames);

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => Pipeline().ProcessAsync(new MemoryStream(gif), CancellationToken.None));

        Assert.Equal(MediaRejection.TooManyPixels, error.Reason);
        Assert.Contains("more than 1000 frames", error.Message, StringComparison.Ordinal);
        Assert.Contains("te veel beelden", error.DutchMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_PNG_strip_longer_than_the_longest_side_allowed_is_refused_though_it_has_few_pixels()
    {
        // libpng refuses it with ImageMagick's width limit while reading the header ("Invalid IHDR data").
        var strip = TestMedia.PngBomb(30_001, 2);

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => Pipeline().ProcessAsync(new MemoryStream(strip), CancellationToken.None));

        Assert.Equal(MediaRejection.TooManyPixels, error.Reason);
        Assert.Contains("wider or higher than 30000 pixels", error.Message, StringComparison.Ordinal);
        Assert.Contains("hoogstens 30000 pixels", error.DutchMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_small_animation_within_every_limit_still_passes()
    {
        var gif = TestMedia.Gif(2, 2, new GifFrame(0, 0, 1, 1), new GifFrame(1, 1, 1, 1));

        var processed = await Pipeline().ProcessAsync(new MemoryStream(gif), CancellationToken.None);

        Assert.Equal("image/gif", processed.ContentType);
        using var result = new MagickImageCollection(processed.Content);
        Assert.Equal(2, result.Count);
    }

    private static MediaPipeline Pipeline(long maxPixels = 50_000_000) =>
        new(new InMemoryMediaStore(), Options.Create(new MediaPipelineOptions { MaxPixels = maxPixels }), NullLogger<MediaPipeline>.Instance, TestFaces.Detector);
}
