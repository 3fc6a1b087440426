namespace Huizermaat.Approval.Media;

/// <summary>A draft whose workflow has ended, with the media it holds.</summary>
public sealed record EndedDraft(string DraftId, DateTimeOffset EndedAt, bool Published, IReadOnlyList<string> MediaIds);
