using Huizermaat.Approval.Faces;
using ImageMagick;

namespace Huizermaat.Approval.Integrations.Media.Faces;

/// <summary>
/// Blurs faces so that nobody can recognise them: the face's box, widened to take in hair, ears and chin, is reduced to
/// a handful of pixels (about 5 across: the colours of skin and hair remain, no feature does) and smoothed back to its
/// size with a strong Gaussian blur. Reversing it would need the detail that was averaged away; it is not there.
/// </summary>
public static class FaceBlur
{
    /// <summary>How many pixels across a blurred face keeps before it is smoothed back up.</summary>
    private const int Cells = 5;

    /// <summary>The rectangle that is blurred for a face box, in pixels of a <paramref name="width"/> × <paramref name="height"/> image.</summary>
    public static MagickGeometry Region(FaceBox face, uint width, uint height)
    {
        ArgumentNullException.ThrowIfNull(face);
        var left = Math.Clamp((face.X - (face.Width * 0.3)) * width, 0, width - 1);
        var top = Math.Clamp((face.Y - (face.Height * 0.4)) * height, 0, height - 1);
        var right = Math.Clamp((face.X + (face.Width * 1.3)) * width, left + 1, width);
        var bottom = Math.Clamp((face.Y + (face.Height * 1.25)) * height, top + 1, height);
        return new MagickGeometry((int)left, (int)top, (uint)Math.Ceiling(right - (int)left), (uint)Math.Ceiling(bottom - (int)top));
    }

    /// <summary>Blurs every face in <paramref name="faces"/> in place.</summary>
    public static void Apply(IMagickImage<byte> image, IEnumerable<FaceBox> faces)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(faces);
        foreach (var face in faces)
        {
            var region = Region(face, image.Width, image.Height);
            region.Width = Math.Min(region.Width, image.Width - (uint)region.X);
            region.Height = Math.Min(region.Height, image.Height - (uint)region.Y);
            using var patch = image.CloneArea(region);
            patch.ResetPage();
            var across = (uint)Math.Max(1, Math.Min(Cells, region.Width));
            var down = (uint)Math.Max(1, Math.Round(across * (double)region.Height / region.Width));
            patch.Scale(new MagickGeometry(across, down) { IgnoreAspectRatio = true });
            patch.FilterType = FilterType.Gaussian;
            patch.Resize(new MagickGeometry(region.Width, region.Height) { IgnoreAspectRatio = true });
            patch.GaussianBlur(0, Math.Max(1, region.Width / 8.0));
            image.Composite(patch, region.X, region.Y, CompositeOperator.Over);
        }
    }
}
