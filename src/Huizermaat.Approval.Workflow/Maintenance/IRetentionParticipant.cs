namespace Huizermaat.Approval.Workflow.Maintenance;

/// <summary>
/// Content kept outside the workflow's read model (the web app's record of uploads): swept by
/// <see cref="UnpublishedContentPurge"/> after the drafts, knowing which media the remaining drafts still use.
/// </summary>
public interface IRetentionParticipant
{
    /// <param name="mediaInUse">Media ids used by a draft whose content is kept (under way, published, or ended too recently).</param>
    /// <returns>How many items were deleted.</returns>
    Task<int> PurgeAsync(DateTimeOffset now, TimeSpan retention, IReadOnlySet<string> mediaInUse, CancellationToken cancellationToken);
}
