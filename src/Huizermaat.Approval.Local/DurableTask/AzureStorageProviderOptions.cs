namespace Huizermaat.Approval.Local.DurableTask;

/// <summary>The <c>durableTask.storageProvider</c> settings of host.json that the local host honours.</summary>
public sealed class AzureStorageProviderOptions
{
    /// <summary>The name of the connection string (<c>ConnectionStrings:&lt;name&gt;</c>) of the storage account.</summary>
    public string ConnectionName { get; set; } = "Storage";

    /// <summary>The number of control queues (1 to 16); host.json's default is 4.</summary>
    public int PartitionCount { get; set; } = 4;

    /// <summary>The longest pause between polls of an idle queue; host.json's default is 30 seconds.</summary>
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromSeconds(30);
}
