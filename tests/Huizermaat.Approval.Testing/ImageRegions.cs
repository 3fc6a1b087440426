using ImageMagick;

namespace Huizermaat.Approval.Testing;

/// <summary>Measures of a region of a photo, to compare it before and after a face is blurred.</summary>
public static class ImageRegions
{
    /// <summary>
    /// How much fine detail a region holds: the mean difference (0 to 255) between its brightness and the same region
    /// slightly blurred (σ 1.5 px). Eyes, mouth and hair are fine detail; smooth gradients, which a blurred face keeps,
    /// are not.
    /// </summary>
    public static double Detail(IMagickImage<byte> image, MagickGeometry region)
    {
        ArgumentNullException.ThrowIfNull(image);
        using var patch = image.CloneArea(region);
        patch.Grayscale();
        using var smooth = patch.Clone();
        smooth.GaussianBlur(0, 1.5);
        var sharp = patch.GetPixelsUnsafe().ToByteArray(PixelMapping.RGB)!;
        var soft = smooth.GetPixelsUnsafe().ToByteArray(PixelMapping.RGB)!;
        return sharp.Zip(soft).Average(p => Math.Abs(p.First - p.Second));
    }

    /// <summary>The mean absolute difference of two images of the same size within a region (0 to 255).</summary>
    public static double Difference(IMagickImage<byte> a, IMagickImage<byte> b, MagickGeometry region)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        using var first = a.CloneArea(region);
        using var second = b.CloneArea(region);
        var x = first.GetPixelsUnsafe().ToByteArray(PixelMapping.RGB)!;
        var y = second.GetPixelsUnsafe().ToByteArray(PixelMapping.RGB)!;
        return x.Zip(y).Average(p => Math.Abs(p.First - p.Second));
    }
}
