using System.Collections.Concurrent;

namespace Huizermaat.Approval.WorkflowBench;

/// <summary>
/// The storage requests one host made, by resource (queue, table or container). Every request is one storage
/// transaction on the bill, whatever it did.
/// </summary>
public sealed class RequestTally
{
    private readonly ConcurrentDictionary<string, long> byResource = new(StringComparer.OrdinalIgnoreCase);

    public long Total => byResource.Values.Sum();

    public void Count(string resource) => byResource.AddOrUpdate(resource, 1, (_, n) => n + 1);

    /// <summary>What was counted so far; subtract two snapshots to get a window.</summary>
    public RequestSnapshot Snapshot() => new(byResource.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase));
}
