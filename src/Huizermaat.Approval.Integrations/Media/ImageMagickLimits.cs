namespace Huizermaat.Approval.Integrations.Media;

/// <summary>
/// ImageMagick's resource limits, bound from <c>Media:ImageMagick</c>: the backstop behind the pipeline's own check of
/// every frame's size and position (<see cref="MediaPipelineOptions.MaxPixels"/>), for whatever a coder allocates
/// that the headers did not announce. <see cref="ImageMagickLimiter"/> sets them.
/// </summary>
public sealed class ImageMagickLimits
{
    /// <summary>Pixel cache in memory for all images of the process together, in bytes; above it ImageMagick uses disk.</summary>
    public long MemoryBytes { get; set; } = 1L << 30;

    /// <summary>Pixel cache on disk for all images of the process together, in bytes; above it decoding fails.</summary>
    public long DiskBytes { get; set; } = 1L << 30;

    /// <summary>Width × height of one image that may stay in memory; a larger one goes to disk.</summary>
    public long AreaPixels { get; set; } = 100_000_000;

    /// <summary>The longest side of any image or frame, in pixels (a file announcing more is refused while its headers are read).</summary>
    public uint MaxSide { get; set; } = 30_000;

    /// <summary>The most frames one file may have (refused while its headers are read, before the frames are listed).</summary>
    public uint MaxFrames { get; set; } = 1_000;

    /// <summary>How long one image may be worked on, counted by ImageMagick from when it creates the image (whole seconds).</summary>
    public TimeSpan TimeLimit { get; set; } = TimeSpan.FromSeconds(30);

    internal bool IsValid =>
        MemoryBytes > 0 && DiskBytes >= 0 && AreaPixels > 0 && MaxSide > 0 && MaxFrames > 0 && TimeLimit >= TimeSpan.FromSeconds(1);
}
