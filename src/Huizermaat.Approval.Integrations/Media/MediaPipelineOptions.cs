namespace Huizermaat.Approval.Integrations.Media;

/// <summary>Limits of the media pipeline, bound from <c>Media</c>.</summary>
public sealed class MediaPipelineOptions
{
    public const string SectionName = "Media";

    public long MaxPhotoBytes { get; set; } = 25L * 1024 * 1024;

    public long MaxVideoBytes { get; set; } = 200L * 1024 * 1024;

    public long MaxAudioBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Width × height above which an image is refused before it is decoded (default 50 megapixels).</summary>
    public long MaxPixels { get; set; } = 50_000_000;

    /// <summary>The longest side of a thumbnail, in pixels.</summary>
    public uint ThumbnailSize { get; set; } = 480;

    public uint JpegQuality { get; set; } = 90;

    /// <summary>Where a video is spooled while it is scrubbed (deleted right after); the system's temporary folder when unset.</summary>
    public string? SpoolDirectory { get; set; }

    /// <summary>ImageMagick's own limits (<c>Media:ImageMagick</c>), behind the checks above.</summary>
    public ImageMagickLimits ImageMagick { get; set; } = new();
}
