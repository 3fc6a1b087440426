using Huizermaat.Approval.Faces;
using ImageMagick;
using ImageMagick.Drawing;

namespace Huizermaat.Approval.Integrations.Media.Faces;

/// <summary>
/// Marks faces on a thumbnail with a yellow frame, for a parent's consent page: "this is your child". Works on the
/// thumbnail already made (of the copy the parent may see), so nothing is revealed that the thumbnail does not show.
/// </summary>
public static class FaceMarker
{
    public static byte[] Mark(byte[] jpeg, IEnumerable<FaceBox> faces)
    {
        ArgumentNullException.ThrowIfNull(faces);
        using var image = new MagickImage(jpeg, new MagickReadSettings { Format = MagickFormat.Jpeg });
        var stroke = Math.Max(2, image.Width / 120.0);
        var drawables = new Drawables().StrokeColor(new MagickColor("#ffd400")).StrokeWidth(stroke).FillColor(MagickColors.Transparent);
        foreach (var face in faces)
        {
            drawables.Rectangle(
                (face.X - (face.Width * 0.15)) * image.Width,
                (face.Y - (face.Height * 0.2)) * image.Height,
                (face.X + (face.Width * 1.15)) * image.Width,
                (face.Y + (face.Height * 1.15)) * image.Height);
        }

        image.Draw(drawables);
        image.Strip();
        image.Quality = 85;
        return image.ToByteArray(MagickFormat.Jpeg);
    }
}
