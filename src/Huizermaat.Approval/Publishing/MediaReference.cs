using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Publishing;

/// <summary>A stored, metadata-stripped media item, passed by id; publishers read its bytes from the media store.</summary>
public sealed record MediaReference(string MediaId, MediaKind Kind, string ContentType);
