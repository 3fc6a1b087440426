using Huizermaat.Approval.Integrations.Media.Faces;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Integrations.Tests.Media;

/// <summary>One face detector for the tests (it loads its model once).</summary>
internal static class TestFaces
{
    public static readonly FaceDetector Detector = new(Options.Create(new FaceDetectionOptions()));
}
