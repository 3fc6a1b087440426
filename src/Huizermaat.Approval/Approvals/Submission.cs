using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Approvals;

/// <summary>
/// One revision of a draft as submitted for approval. <see cref="MediaIds"/> are aligned with the draft's media:
/// the stored, immutable media items the approvers see.
/// </summary>
/// <param name="PublishAt">The requested publish time; null publishes as soon as everything is approved.</param>
/// <param name="AskManagerAdvice">For a personal post: ask the manager for advice (B.3). Official posts always need the manager.</param>
/// <param name="OriginalMediaIds">
/// Aligned with <see cref="MediaIds"/>: the upload each shown item was made from, where it differs (a photo with faces
/// to blur is shown, and published, as a blurred copy; the upload stays private); null when every item is shown as
/// uploaded.
/// </param>
public sealed record Submission(
    string DraftId,
    int Revision,
    string AuthorId,
    Draft Draft,
    IReadOnlyList<string> MediaIds,
    DateTimeOffset? PublishAt = null,
    bool AskManagerAdvice = false,
    IReadOnlyList<string>? OriginalMediaIds = null)
{
    /// <summary>The upload that <see cref="MediaIds"/>[<paramref name="index"/>] was made from (itself when nothing was blurred).</summary>
    public string OriginalMediaId(int index) =>
        OriginalMediaIds is { } originals && index < originals.Count ? originals[index] : MediaIds[index];
}
