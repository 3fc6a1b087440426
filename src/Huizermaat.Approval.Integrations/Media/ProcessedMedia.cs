using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Integrations.Media;

/// <summary>An upload after the pipeline: what will be stored, and its JPEG thumbnail (photos only).</summary>
public sealed record ProcessedMedia(MediaKind Kind, string ContentType, byte[] Content, byte[]? Thumbnail);
