namespace Huizermaat.Approval.Drafts;

/// <summary>
/// A photo, video or audio recording attached to a draft, with the people in it (A.5) and its
/// provenance (BD.3).
/// </summary>
public sealed record MediaItem(
    MediaKind Kind,
    string FileName,
    IReadOnlyList<string> People,
    bool NoIdentifiablePeople,
    bool OwnWork,
    string? Creator = null,
    bool CreatorPermission = false);
