using System.Globalization;
using System.Text.Json.Nodes;

namespace Huizermaat.Approval.WorkflowBench;

/// <summary>One candidate for host.json's <c>durableTask.storageProvider</c> settings.</summary>
public sealed record TaskHubSettings(string Label, int PartitionCount, TimeSpan MaxQueuePollingInterval)
{
    /// <summary>The Durable extension's defaults.</summary>
    public static TaskHubSettings Defaults { get; } = new("Durable defaults", 4, TimeSpan.FromSeconds(30));

    public string Describe => $"{PartitionCount} partition{(PartitionCount == 1 ? "" : "s")}, {MaxQueuePollingInterval.TotalSeconds:0} s";

    /// <summary>"1:30" is one partition with a 30-second maximum polling interval.</summary>
    public static TaskHubSettings Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(':');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var partitions)
            && double.TryParse(parts[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)
            && partitions is >= 1 and <= 16 && seconds > 0
            ? new($"{partitions}:{seconds}", partitions, TimeSpan.FromSeconds(seconds))
            : throw new ArgumentException($"A task hub setting is <partitions 1-16>:<max polling seconds>, e.g. 1:30; got '{text}'.");
    }

    /// <summary>The settings in the repository's host.json ("ours").</summary>
    public static TaskHubSettings FromHostJson(string path)
    {
        var provider = JsonNode.Parse(File.ReadAllText(path))?["extensions"]?["durableTask"]?["storageProvider"]
            ?? throw new InvalidOperationException($"{path} has no extensions.durableTask.storageProvider section.");
        return new(
            "host.json",
            provider["partitionCount"]?.GetValue<int>() ?? Defaults.PartitionCount,
            provider["maxQueuePollingInterval"] is { } interval
                ? TimeSpan.Parse(interval.GetValue<string>(), CultureInfo.InvariantCulture)
                : Defaults.MaxQueuePollingInterval);
    }

    public bool SameAs(TaskHubSettings other) =>
        other is not null && PartitionCount == other.PartitionCount && MaxQueuePollingInterval == other.MaxQueuePollingInterval;
}
