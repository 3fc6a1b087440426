namespace Huizermaat.Approval.Publishing;

/// <summary>
/// Port: a durable record of publish attempts by idempotency key (a table row), written before a network is called,
/// so that a retry after an ambiguous failure knows it must look for an existing post first.
/// </summary>
public interface IPublishAttemptLog
{
    /// <summary>Records an attempt; false when one was already recorded for this key.</summary>
    Task<bool> TryRecordAsync(string idempotencyKey, CancellationToken cancellationToken);
}
