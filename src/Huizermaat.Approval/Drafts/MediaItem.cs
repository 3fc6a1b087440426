using Huizermaat.Approval.Faces;

namespace Huizermaat.Approval.Drafts;

/// <summary>
/// A photo, video or audio recording attached to a draft, with the people in it (A.5) and its
/// provenance (BD.3).
/// </summary>
/// <param name="Faces">
/// The faces the detector found, in its order, with what the author said about each; null when the item was not
/// analysed (video, audio, a draft checked without them).
/// </param>
public sealed record MediaItem(
    MediaKind Kind,
    string FileName,
    IReadOnlyList<string> People,
    bool NoIdentifiablePeople,
    bool OwnWork,
    string? Creator = null,
    bool CreatorPermission = false,
    IReadOnlyList<MediaFace>? Faces = null);
