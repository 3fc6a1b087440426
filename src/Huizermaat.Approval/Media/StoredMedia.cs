using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Faces;

namespace Huizermaat.Approval.Media;

/// <summary>A processed media item as stored: its id, kind, sniffed content type and size in bytes.</summary>
/// <param name="Faces">The faces the detector found in a photo, in reading order (possibly none); null when the item was
/// not analysed (video, audio).</param>
public sealed record StoredMedia(string MediaId, MediaKind Kind, string ContentType, long Length, IReadOnlyList<FaceBox>? Faces = null)
{
    /// <summary>Equal when every field is, the faces compared box by box.</summary>
    public bool Equals(StoredMedia? other) =>
        other is not null && MediaId == other.MediaId && Kind == other.Kind && ContentType == other.ContentType && Length == other.Length
        && (Faces is null ? other.Faces is null : other.Faces is not null && Faces.SequenceEqual(other.Faces));

    public override int GetHashCode() => HashCode.Combine(MediaId, Kind, ContentType, Length, Faces?.Count);
}
