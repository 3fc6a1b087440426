using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Workflow;

/// <summary>
/// One revision of a draft as submitted for approval. <see cref="MediaIds"/> are aligned with the draft's media:
/// the stored, immutable media items the approvers see.
/// </summary>
/// <param name="PublishAt">The requested publish time; null publishes as soon as everything is approved.</param>
/// <param name="AskManagerAdvice">For a personal post: ask the manager for advice (B.3). Official posts always need the manager.</param>
public sealed record Submission(
    string DraftId,
    int Revision,
    string AuthorId,
    Draft Draft,
    IReadOnlyList<string> MediaIds,
    DateTimeOffset? PublishAt = null,
    bool AskManagerAdvice = false);
