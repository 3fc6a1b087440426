namespace Huizermaat.Approval.Local.DurableTask;

/// <summary>
/// The <c>durableTask.storageProvider</c> settings of host.json that the local host honours. The task hub lives in
/// the app's one storage account (<see cref="Hosting.Storage.StorageAccount"/>), as host.json's <c>connectionName</c>
/// <c>AzureWebJobsStorage</c> says for the Functions app.
/// </summary>
public sealed class AzureStorageProviderOptions
{
    /// <summary>The number of control queues (1 to 16); host.json's default is 4.</summary>
    public int PartitionCount { get; set; } = 4;

    /// <summary>The longest pause between polls of an idle queue; host.json's default is 30 seconds.</summary>
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a dequeued orchestration message stays invisible; host.json's default is 5 minutes.</summary>
    public TimeSpan ControlQueueVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a dequeued activity message stays invisible; host.json's default is 5 minutes. An activity in
    /// flight when a host is killed runs again after this time.
    /// </summary>
    public TimeSpan WorkItemQueueVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);
}
