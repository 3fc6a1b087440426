using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace Huizermaat.Approval.Web.Composition;

/// <summary>
/// The app's storage account, configured the way the Functions host configures <c>AzureWebJobsStorage</c>: a
/// connection string (Azurite: <c>UseDevelopmentStorage=true</c>), or in Azure the identity-based settings
/// <c>AzureWebJobsStorage__accountName</c> and <c>AzureWebJobsStorage__clientId</c> (user-assigned managed identity).
/// The local host's <c>ConnectionStrings:Storage</c> is read first.
/// </summary>
public sealed record StorageAccount(string? ConnectionString, string? AccountName, string? ClientId)
{
    public const string SettingName = "AzureWebJobsStorage";

    public static StorageAccount From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration.GetConnectionString("Storage") ?? configuration[SettingName];
        var account = new StorageAccount(
            string.IsNullOrWhiteSpace(connectionString) ? null : connectionString,
            configuration[$"{SettingName}:accountName"],
            configuration[$"{SettingName}:clientId"]);
        return account.ConnectionString is null && string.IsNullOrWhiteSpace(account.AccountName)
            ? throw new InvalidOperationException(
                $"No storage account configured: set ConnectionStrings:Storage or {SettingName} (\"UseDevelopmentStorage=true\" for Azurite), " +
                $"or {SettingName}__accountName and {SettingName}__clientId for a managed identity.")
            : account;
    }

    public TableServiceClient CreateTableServiceClient() => ConnectionString is not null
        ? new TableServiceClient(ConnectionString)
        : new TableServiceClient(new Uri($"https://{AccountName}.table.core.windows.net"), Credential());

    public BlobServiceClient CreateBlobServiceClient() => ConnectionString is not null
        ? new BlobServiceClient(ConnectionString)
        : new BlobServiceClient(new Uri($"https://{AccountName}.blob.core.windows.net"), Credential());

    private ManagedIdentityCredential Credential() =>
        new(string.IsNullOrWhiteSpace(ClientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(ClientId));
}
