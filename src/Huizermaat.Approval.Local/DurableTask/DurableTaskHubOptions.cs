namespace Huizermaat.Approval.Local.DurableTask;

/// <summary>
/// The task hub settings, bound from the <c>DurableTask</c> configuration section. The names and defaults
/// are those of the <c>durableTask</c> section of the Functions app's <c>host.json</c>, so that one set of
/// figures configures both hosts.
/// </summary>
public sealed class DurableTaskHubOptions
{
    public const string SectionName = "DurableTask";

    /// <summary>3 to 45 letters and digits, starting with a letter (it names queues, tables and a container).</summary>
    public string HubName { get; set; } = "HuizermaatApproval";

    public AzureStorageProviderOptions StorageProvider { get; set; } = new();

    /// <summary>host.json's default on the Consumption plan.</summary>
    public int MaxConcurrentActivityFunctions { get; set; } = 10;

    /// <summary>host.json's default on the Consumption plan.</summary>
    public int MaxConcurrentOrchestratorFunctions { get; set; } = 10;
}
