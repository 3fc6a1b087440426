using Huizermaat.Approval.Faces;

namespace Huizermaat.Approval.Web.Api;

/// <summary>
/// A face as the API shows it, in the shape the draft JSON takes back: the box (normalised 0 to 1, origin top left),
/// the detector's confidence and, in a draft, what the author said (<c>"person"</c> with <c>"person"</c>, <c>"blur"</c>,
/// <c>"unrecognisable"</c>, or null).
/// </summary>
public sealed record FaceView(double X, double Y, double Width, double Height, double Confidence, string? Assignment = null, string? Person = null)
{
    public static FaceView From(FaceBox box) => new(box.X, box.Y, box.Width, box.Height, box.Confidence);

    public static FaceView From(MediaFace face)
    {
        ArgumentNullException.ThrowIfNull(face);
        return From(face.Box) with
        {
            Assignment = face.Resolution switch
            {
                FaceResolution.Person => "person",
                FaceResolution.Blur => "blur",
                FaceResolution.Unrecognisable => "unrecognisable",
                _ => null,
            },
            Person = face.PersonId,
        };
    }
}
