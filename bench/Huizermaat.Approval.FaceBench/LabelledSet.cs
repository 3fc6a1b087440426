using Huizermaat.Approval.Faces;
using Huizermaat.Approval.Testing;
using ImageMagick;
using ImageMagick.Drawing;

namespace Huizermaat.Approval.FaceBench;

/// <summary>The benchmark's photos: composed from the public-domain test photos, each with its true faces.</summary>
internal static class LabelledSet
{
    public sealed record Case(string Name, GroupPhoto Photo, string Note = "");

    public static IEnumerable<Case> Build()
    {
        yield return new("astronaut.png as shipped", FromFile("astronaut.png", new FaceBox(172 / 512.0, 73 / 512.0, 106 / 512.0, 106 / 512.0, 1)));
        yield return new("camera.png as shipped (turned)", FromFile("camera.png", new FaceBox(182 / 512.0, 125 / 512.0, 74 / 512.0, 74 / 512.0, 1)));
        yield return new("6 people, 2 rows, 12 Mpx", GroupPhotos.Compose(4000, 3000, 3, 2, 0.06));
        yield return new("24 pupils, 4 rows, 12 Mpx", GroupPhotos.Compose(4000, 3000, 6, 4, 0.03));
        yield return new("40 pupils, 4 rows, 12 Mpx", GroupPhotos.Compose(4000, 3000, 10, 4, 0.02));
        yield return new("24 astronauts only, 12 Mpx", GroupPhotos.Compose(4000, 3000, 6, 4, 0.03, mixed: false));
        yield return new("60 small faces (1.2% wide), 12 Mpx", GroupPhotos.Compose(4000, 3000, 12, 5, 0.012), "smaller than Media:Faces:SmallestFace");
        yield return new("phone photo 1,600 × 1,200, 8 people", GroupPhotos.Compose(1600, 1200, 4, 2, 0.05));
        yield return new("8 people, half of each face covered", Covered(GroupPhotos.Compose(1600, 1200, 4, 2, 0.05)), "a hand, a scarf, a mask");
        yield return new("8 people, upside down", Rotated(GroupPhotos.Compose(1600, 1200, 4, 2, 0.05), 180), "a photo not turned upright");
        yield return new("8 people, on their side", Rotated(GroupPhotos.Compose(1600, 1200, 4, 2, 0.05), 90), "");
        foreach (var file in new[] { "coffee.png", "rocket.jpg", "chelsea.png", "horse.png", "brick.png", "grass.png", "hubble_deep_field.jpg", "coins.png", "page.png" })
        {
            yield return new($"{file} (no people)", FromFile(file), file == "chelsea.png" ? "a cat's face" : "");
        }
    }

    private static GroupPhoto FromFile(string file, params FaceBox[] faces)
    {
        using var image = new MagickImage(GroupPhotos.PathOf(file));
        return new GroupPhoto(image.ToByteArray(MagickFormat.Jpeg), (int)image.Width, (int)image.Height, faces);
    }

    /// <summary>The lower half of every face (mouth, nose) covered by a dark band.</summary>
    private static GroupPhoto Covered(GroupPhoto photo)
    {
        using var image = new MagickImage(photo.Jpeg);
        foreach (var face in photo.Faces)
        {
            var drawables = new Drawables().FillColor(new MagickColor("#303030"))
                .Rectangle(face.X * photo.Width, (face.Y + (face.Height * 0.45)) * photo.Height, (face.X + face.Width) * photo.Width, (face.Y + face.Height) * photo.Height);
            image.Draw(drawables);
        }

        return photo with { Jpeg = image.ToByteArray(MagickFormat.Jpeg) };
    }

    private static GroupPhoto Rotated(GroupPhoto photo, int degrees)
    {
        using var image = new MagickImage(photo.Jpeg);
        image.Rotate(degrees);
        var faces = photo.Faces.Select(f => degrees == 180
            ? f with { X = 1 - f.X - f.Width, Y = 1 - f.Y - f.Height }
            : f with { X = 1 - f.Y - f.Height, Y = f.X, Width = f.Height * photo.Height / photo.Width, Height = f.Width * photo.Width / photo.Height }).ToList();
        return new GroupPhoto(image.ToByteArray(MagickFormat.Jpeg), (int)image.Width, (int)image.Height, faces);
    }
}
