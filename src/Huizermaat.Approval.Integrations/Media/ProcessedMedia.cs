using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Faces;

namespace Huizermaat.Approval.Integrations.Media;

/// <summary>An upload after the pipeline: what will be stored, its JPEG thumbnail and the faces found (photos only).</summary>
public sealed record ProcessedMedia(MediaKind Kind, string ContentType, byte[] Content, byte[]? Thumbnail, IReadOnlyList<FaceBox>? Faces = null);
