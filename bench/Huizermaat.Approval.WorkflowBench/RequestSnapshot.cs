namespace Huizermaat.Approval.WorkflowBench;

/// <summary>Counted storage requests by resource at one moment.</summary>
public sealed record RequestSnapshot(IReadOnlyDictionary<string, long> ByResource)
{
    public long Total => ByResource.Values.Sum();

    /// <summary>The requests made between <paramref name="earlier"/> and this snapshot.</summary>
    public RequestSnapshot Since(RequestSnapshot earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return new(ByResource.ToDictionary(p => p.Key, p => p.Value - earlier.ByResource.GetValueOrDefault(p.Key), StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The task hub's own queues, tables and containers (their names start with the hub's name).</summary>
    public long TaskHub(string hubName) => ByResource.Where(p => p.Key.StartsWith(hubName, StringComparison.OrdinalIgnoreCase)).Sum(p => p.Value);

    /// <summary>The development mailbox and publisher: a stand-in for SendGrid and the networks, not storage in production.</summary>
    public long DevelopmentSinks => ByResource.Where(p => p.Key is "DevMailbox" or "DevPublished").Sum(p => p.Value);
}
