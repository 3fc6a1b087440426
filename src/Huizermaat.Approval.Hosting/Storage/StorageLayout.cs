using Huizermaat.Approval.Web.Storage;
using Huizermaat.Approval.Workflow.Storage;

namespace Huizermaat.Approval.Hosting.Storage;

/// <summary>
/// Every table and blob container the app itself uses in its storage account (the Durable task hub keeps its own
/// beside them). <c>infra/app/storage.bicep</c> declares the same set, so a deployment has them before the first
/// request; a test keeps the two equal. <see cref="StorageInitializer"/> creates any that are missing at start.
/// </summary>
public static class StorageLayout
{
    public const string MediaContainer = "media";
    public const string DataProtectionContainer = "dataprotection";

    public static IReadOnlyList<string> Tables { get; } = [.. WorkflowStorage.Tables, .. WebTables.Tables];

    public static IReadOnlyList<string> Containers { get; } = [WorkflowStorage.SubmissionsContainer, MediaContainer, DataProtectionContainer];
}
