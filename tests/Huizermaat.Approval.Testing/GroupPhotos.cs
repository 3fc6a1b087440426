using Huizermaat.Approval.Faces;
using ImageMagick;

namespace Huizermaat.Approval.Testing;

/// <summary>
/// Group photos with real faces for the face tests and the benchmark, composed from the public-domain photos Debian's
/// <c>python3-skimage</c> ships (<c>.ci/setup</c> installs it): the astronaut Eileen Collins (a frontal face) and the
/// cameraman (a face turned three-quarters), cut out head and shoulders, scaled, mirrored and set in rows on a plain
/// background. Each photo knows where its faces are (normalised, as the detector answers).
/// </summary>
public static class GroupPhotos
{
    public const string DataDirectory = "/usr/lib/python3/dist-packages/skimage/data";

    /// <summary>The astronaut's head and shoulders, and her face in that cut-out (pixels of astronaut.png).</summary>
    public static readonly Portrait Astronaut = new("astronaut.png", new MagickGeometry(100, 0, 250, 330), new PortraitFace(72, 73, 106, 106));

    /// <summary>The cameraman, turned three-quarters (pixels of camera.png).</summary>
    public static readonly Portrait Cameraman = new("camera.png", new MagickGeometry(120, 40, 210, 290), new PortraitFace(62, 85, 74, 74));

    public static string PathOf(string file) => Path.Combine(DataDirectory, file);

    /// <summary>
    /// <paramref name="rows"/> × <paramref name="columns"/> people on a <paramref name="width"/> × <paramref name="height"/>
    /// background, each face <paramref name="faceWidth"/> of the photo's width; astronauts and cameramen alternate when
    /// <paramref name="mixed"/>, every second one mirrored.
    /// </summary>
    public static GroupPhoto Compose(int width, int height, int columns, int rows, double faceWidth, bool mixed = true)
    {
        using var photo = new MagickImage("gradient:#8fa3b8-#c4b08c", (uint)width, (uint)height);
        photo.ColorType = ColorType.TrueColor;
        var faces = new List<FaceBox>();
        var cellWidth = (double)width / columns;
        var cellHeight = (double)height / rows;
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                var index = (row * columns) + column;
                var portrait = mixed && index % 2 == 1 ? Cameraman : Astronaut;
                var mirrored = index % 4 >= 2;
                var left = (int)((column * cellWidth) + (cellWidth * 0.1));
                var top = (int)((row * cellHeight) + (cellHeight * 0.05));
                faces.Add(Place(photo, portrait, left, top, faceWidth * width, mirrored));
            }
        }

        return new GroupPhoto(photo.ToByteArray(MagickFormat.Jpeg), width, height, faces);
    }

    /// <summary>One portrait as a photo of its own (its face as the truth).</summary>
    public static GroupPhoto Single(Portrait portrait, int width, int height, double faceWidth, int left, int top)
    {
        using var photo = new MagickImage("gradient:#8fa3b8-#c4b08c", (uint)width, (uint)height);
        photo.ColorType = ColorType.TrueColor;
        var face = Place(photo, portrait, left, top, faceWidth * width, mirrored: false);
        return new GroupPhoto(photo.ToByteArray(MagickFormat.Jpeg), width, height, [face]);
    }

    /// <summary>Sets a portrait into the photo with its face <paramref name="facePixels"/> wide; returns the face's box.</summary>
    public static FaceBox Place(MagickImage photo, Portrait portrait, int left, int top, double facePixels, bool mirrored)
    {
        ArgumentNullException.ThrowIfNull(photo);
        ArgumentNullException.ThrowIfNull(portrait);
        using var source = new MagickImage(PathOf(portrait.File));
        source.ColorType = ColorType.TrueColor;
        source.Crop(portrait.Crop);
        source.ResetPage();
        var scale = facePixels / portrait.Face.Width;
        source.Resize(new MagickGeometry((uint)Math.Round(portrait.Crop.Width * scale), (uint)Math.Round(portrait.Crop.Height * scale)) { IgnoreAspectRatio = true });
        if (mirrored)
        {
            source.Flop();
        }

        photo.Composite(source, left, top, CompositeOperator.Over);
        var faceLeft = mirrored ? portrait.Crop.Width - portrait.Face.X - portrait.Face.Width : portrait.Face.X;
        return new FaceBox(
            (left + (faceLeft * scale)) / photo.Width,
            (top + (portrait.Face.Y * scale)) / photo.Height,
            portrait.Face.Width * scale / photo.Width,
            portrait.Face.Height * scale / photo.Height,
            1);
    }

    /// <summary>Whether a detected box is this face: its centre lies inside the true box, and it is not far off in size.</summary>
    public static bool Matches(FaceBox truth, FaceBox found)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(found);
        var centreX = found.X + (found.Width / 2);
        var centreY = found.Y + (found.Height / 2);
        return centreX >= truth.X && centreX <= truth.X + truth.Width && centreY >= truth.Y && centreY <= truth.Y + truth.Height
            && found.Width > truth.Width / 2.5 && found.Width < truth.Width * 2.5;
    }
}

/// <summary>A cut-out of one of the test photos and where the face lies in it (pixels of the cut-out).</summary>
public sealed record Portrait(string File, MagickGeometry Crop, PortraitFace Face);

public sealed record PortraitFace(int X, int Y, int Width, int Height);

/// <summary>A composed JPEG and the true boxes of its faces.</summary>
public sealed record GroupPhoto(byte[] Jpeg, int Width, int Height, IReadOnlyList<FaceBox> Faces);
