namespace Huizermaat.Approval.Faces;

/// <summary>
/// Where a face detector found a face in a photo: a rectangle in coordinates normalised to the photo's width and
/// height (0 to 1, origin top left) and the detector's confidence (0 to 1). Only this is stored of a face: no image of
/// it and nothing that could recognise it (no landmarks, no template).
/// </summary>
public sealed record FaceBox(double X, double Y, double Width, double Height, double Confidence)
{
    /// <summary>From this confidence on a face counts as clear: "niemand herkenbaar" then contradicts it unless it is resolved.</summary>
    public const double ClearConfidence = 0.75;

    public bool IsClear => Confidence >= ClearConfidence;
}
