namespace Huizermaat.Approval.Faces;

/// <summary>A detected face of a media item and what the author said about it.</summary>
/// <param name="PersonId">The person shown, when <paramref name="Resolution"/> is <see cref="FaceResolution.Person"/>; else null.</param>
public sealed record MediaFace(FaceBox Box, FaceResolution Resolution = FaceResolution.Unresolved, string? PersonId = null);
