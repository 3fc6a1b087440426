using System.Globalization;
using Huizermaat.Approval.Media;
using ImageMagick;

namespace Huizermaat.Approval.Integrations.Media;

/// <summary>
/// The pixel check of an image read with its headers only (pinged, not decoded): every frame, on the canvas its page
/// geometry asks for (a small frame far from the origin, or a huge logical screen, makes viewers allocate the whole
/// canvas), and all frames together, against <see cref="MediaPipelineOptions.MaxPixels"/>. The longest side and the
/// number of frames are ImageMagick's to refuse (<see cref="ImageMagickLimits"/>), already while it reads the headers.
/// </summary>
internal static class FrameGeometry
{
    /// <exception cref="MediaRejectedException">A frame or all of them together have too many pixels.</exception>
    public static void Check(IMagickImageCollection<byte> frames, long maxPixels)
    {
        var megapixels = maxPixels / 1_000_000;
        long total = 0;
        for (var i = 0; i < frames.Count; i++)
        {
            var frame = frames[i];
            var page = frame.Page;
            long width = frame.Width, height = frame.Height;
            var canvasWidth = Math.Max(page.Width, Math.Max(0L, page.X) + width);
            var canvasHeight = Math.Max(page.Height, Math.Max(0L, page.Y) + height);
            if (canvasWidth * canvasHeight > maxPixels)
            {
                var english = frames.Count == 1 && (canvasWidth, canvasHeight) == (width, height)
                    ? string.Create(CultureInfo.InvariantCulture, $"The image is {width} × {height} pixels")
                    : string.Create(CultureInfo.InvariantCulture, $"The image's frame {i + 1} of {frames.Count} is {width} × {height} pixels at +{page.X}+{page.Y} on a canvas of {canvasWidth} × {canvasHeight} pixels");
                throw new MediaRejectedException(
                    MediaRejection.TooManyPixels,
                    string.Create(CultureInfo.InvariantCulture, $"{english}, more than the limit of {megapixels} megapixels; it was not decoded."),
                    string.Create(CultureInfo.InvariantCulture, $"De afbeelding is te groot ({canvasWidth} × {canvasHeight} pixels). Verklein hem tot hoogstens {megapixels} megapixel."));
            }

            total += width * height;
        }

        if (total > maxPixels)
        {
            throw new MediaRejectedException(
                MediaRejection.TooManyPixels,
                string.Create(CultureInfo.InvariantCulture, $"The animation has {frames.Count} frames of {total} pixels together, more than the limit of {megapixels} megapixels; it was not decoded."),
                string.Create(CultureInfo.InvariantCulture, $"De animatie is te groot: hoogstens {megapixels} megapixel voor alle beelden samen. Maak hem korter of kleiner."));
        }
    }
}
