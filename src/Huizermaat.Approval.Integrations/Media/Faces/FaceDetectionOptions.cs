namespace Huizermaat.Approval.Integrations.Media.Faces;

/// <summary>The face detector's settings, bound from <c>Media:Faces</c>.</summary>
public sealed class FaceDetectionOptions
{
    public const string SectionName = "Media:Faces";

    /// <summary>Boxes the detector is less sure of are not reported. Low on purpose: a false box costs the author one click, a missed face a child's privacy.</summary>
    public double MinConfidence { get; set; } = 0.6;

    /// <summary>
    /// The smallest face to look for, as a fraction of the photo's longer side (default 1.5%: 60 px in a 4,000 px
    /// photo). Smaller values look at finer tiles and cost time (see the benchmark in the README).
    /// </summary>
    public double SmallestFace { get; set; } = 0.015;

    internal bool IsValid => MinConfidence is > 0 and < 1 && SmallestFace is >= 0.002 and <= 0.5;
}
