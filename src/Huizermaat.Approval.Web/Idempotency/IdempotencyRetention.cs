using Huizermaat.Approval.Workflow.Maintenance;

namespace Huizermaat.Approval.Web.Idempotency;

/// <summary>
/// The retention of idempotency keys: a key is kept as long as a draft's unsent content is (the form keeps a draft,
/// with its submission id, until it was sent), then forgotten.
/// </summary>
public sealed class IdempotencyRetention(IdempotencyStore keys) : IRetentionParticipant
{
    public Task<int> PurgeAsync(DateTimeOffset now, TimeSpan retention, IReadOnlySet<string> mediaInUse, CancellationToken cancellationToken) =>
        keys.DeleteStartedBeforeAsync(now - retention, cancellationToken);
}
