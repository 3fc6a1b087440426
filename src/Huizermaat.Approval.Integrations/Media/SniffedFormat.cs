using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Integrations.Media;

/// <summary>A format recognised from a file's first bytes.</summary>
public sealed record SniffedFormat(MediaKind Kind, string ContentType);
