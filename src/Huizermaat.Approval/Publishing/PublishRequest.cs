using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Publishing;

/// <summary>
/// What one channel must publish for one approved revision. <see cref="IdempotencyKey"/> is stable
/// for (draft, revision, channel): a retry sends the same key, so a network never gets a second post.
/// </summary>
public sealed record PublishRequest(
    string DraftId,
    int Revision,
    Channel Channel,
    string Text,
    IReadOnlyList<MediaReference> Media,
    string IdempotencyKey);
