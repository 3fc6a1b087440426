using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Media;

/// <summary>A processed media item as stored: its id, kind, sniffed content type and size in bytes.</summary>
public sealed record StoredMedia(string MediaId, MediaKind Kind, string ContentType, long Length);
