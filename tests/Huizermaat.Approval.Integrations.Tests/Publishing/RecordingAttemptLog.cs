using System.Collections.Concurrent;
using Huizermaat.Approval.Publishing;

namespace Huizermaat.Approval.Integrations.Tests.Publishing;

/// <summary>A fake of our own attempt-log port (the workflow stores it in a table).</summary>
internal sealed class RecordingAttemptLog : IPublishAttemptLog
{
    private readonly ConcurrentDictionary<string, bool> _keys = new();

    public Task<bool> TryRecordAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(_keys.TryAdd(idempotencyKey, true));
}
