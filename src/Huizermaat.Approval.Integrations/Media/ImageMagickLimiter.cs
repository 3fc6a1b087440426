using System.Globalization;
using Huizermaat.Approval.Media;
using ImageMagick;

namespace Huizermaat.Approval.Integrations.Media;

/// <summary>
/// Sets ImageMagick's resource limits from <see cref="ImageMagickLimits"/>, and turns ImageMagick's refusals under them
/// into <see cref="MediaRejectedException"/>. ImageMagick keeps these limits process-wide, in static state of its own
/// (we keep none): <see cref="MediaPipeline"/> applies them when it is created, before it decodes anything, and applying
/// the same options again changes nothing. Since they are the process's, the host must not create pipelines with
/// different limits (it registers one singleton).
/// </summary>
internal static class ImageMagickLimiter
{
    public static void Apply(ImageMagickLimits limits)
    {
        ResourceLimits.Memory = (ulong)limits.MemoryBytes;
        ResourceLimits.Disk = (ulong)limits.DiskBytes;
        ResourceLimits.Area = (ulong)limits.AreaPixels;
        ResourceLimits.Width = limits.MaxSide;
        ResourceLimits.Height = limits.MaxSide;
        ResourceLimits.ListLength = limits.MaxFrames;

        // ImageMagick 7.1.2 counts this per image, from its creation (it raises a TimeLimitExceeded error on that image).
        ResourceLimits.Time = (ulong)Math.Ceiling(limits.TimeLimit.TotalSeconds);
    }

    /// <summary>The refusal for an error ImageMagick raised because a limit was reached, or null for any other error.</summary>
    public static MediaRejectedException? Refusal(MagickException error, ImageMagickLimits limits)
    {
        // ImageMagick's own check, or libpng's (ImageMagick hands it the same limit), which reports "Invalid IHDR data".
        if (Mentions(error, "WidthOrHeightExceedsLimit") || Mentions(error, "exceeds user limit"))
        {
            return new MediaRejectedException(
                MediaRejection.TooManyPixels,
                string.Create(CultureInfo.InvariantCulture, $"The image is wider or higher than {limits.MaxSide} pixels, the longest side allowed; it was not decoded ({error.Message})."),
                string.Create(CultureInfo.InvariantCulture, $"De afbeelding is te groot: hoogstens {limits.MaxSide} pixels breed en hoog."),
                error);
        }

        if (Mentions(error, "ListLengthExceedsLimit"))
        {
            return new MediaRejectedException(
                MediaRejection.TooManyPixels,
                string.Create(CultureInfo.InvariantCulture, $"The animation has more than {limits.MaxFrames} frames, the most allowed; it was not decoded."),
                string.Create(CultureInfo.InvariantCulture, $"De animatie heeft te veel beelden: hoogstens {limits.MaxFrames}."),
                error);
        }

        return error is MagickResourceLimitErrorException or MagickCacheErrorException
            ? new MediaRejectedException(
                MediaRejection.TooManyPixels,
                $"The image needs more than the limits for decoding images allow (memory, disk or time): {error.Message}.",
                "De afbeelding is te zwaar om te verwerken. Verklein hem en probeer het nog eens.",
                error)
            : null;
    }

    private static bool Mentions(MagickException error, string tag) =>
        error.Message.Contains(tag, StringComparison.Ordinal) || error.RelatedExceptions.Any(e => e.Message.Contains(tag, StringComparison.Ordinal));
}
