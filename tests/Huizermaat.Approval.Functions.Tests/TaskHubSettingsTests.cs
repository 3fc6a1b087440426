using System.Text.Json;

namespace Huizermaat.Approval.Functions.Tests;

/// <summary>Both hosts run the same task hub with the same storage settings: host.json and the local host's appsettings.json agree.</summary>
public sealed class TaskHubSettingsTests
{
    [Fact]
    public void The_local_host_uses_the_task_hub_name_partitions_and_polling_interval_of_host_json()
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(FunctionsApp.RepositoryRoot, "host.json")));
        using var local = JsonDocument.Parse(File.ReadAllText(Path.Combine(FunctionsApp.RepositoryRoot, "src", "Huizermaat.Approval.Local", "appsettings.json")));
        var functions = host.RootElement.GetProperty("extensions").GetProperty("durableTask");
        var localHub = local.RootElement.GetProperty("DurableTask");

        Assert.Equal(functions.GetProperty("hubName").GetString(), localHub.GetProperty("HubName").GetString());
        Assert.Equal(
            functions.GetProperty("storageProvider").GetProperty("partitionCount").GetInt32(),
            localHub.GetProperty("StorageProvider").GetProperty("PartitionCount").GetInt32());
        Assert.Equal(
            TimeSpan.Parse(functions.GetProperty("storageProvider").GetProperty("maxQueuePollingInterval").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            TimeSpan.Parse(localHub.GetProperty("StorageProvider").GetProperty("MaxQueuePollingInterval").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }
}
