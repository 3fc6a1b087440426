namespace Huizermaat.Approval.Publishing;

public static class PublishOnce
{
    /// <summary>
    /// Publishes <paramref name="request"/> at most once, also on networks without idempotency keys: the attempt is
    /// recorded before the network is called; when an attempt was recorded before (the earlier call failed or
    /// timed out, maybe after the network created the post), the network is searched for the post first.
    /// </summary>
    public static async Task<PublishedPost> PublishOnceAsync(
        this IPublisher publisher, PublishRequest request, IPublishAttemptLog attempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(attempts);
        if (!await attempts.TryRecordAsync(request.IdempotencyKey, cancellationToken).ConfigureAwait(false))
        {
            var existing = await publisher.FindAsync(request, cancellationToken).ConfigureAwait(false);
            if (existing is not null)
            {
                return existing;
            }
        }

        return await publisher.PublishAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
