using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace Huizermaat.Approval.Hosting.Storage;

/// <summary>
/// The app's one storage account (task hub, read model, media, key ring), configured the way the Functions host
/// configures <c>AzureWebJobsStorage</c>: a connection string (Azurite: <c>UseDevelopmentStorage=true</c>), or in Azure
/// the identity-based settings <c>AzureWebJobsStorage__accountName</c> (or <c>__blobServiceUri</c>,
/// <c>__queueServiceUri</c>, <c>__tableServiceUri</c>) with <c>__clientId</c> (user-assigned managed identity). The
/// local host's <c>ConnectionStrings:Storage</c> is read first. Every storage client of the app is made here.
/// </summary>
public sealed record StorageAccount(string? ConnectionString, string? AccountName, string? ClientId)
{
    public const string SettingName = "AzureWebJobsStorage";

    public Uri? BlobServiceUri { get; init; }

    public Uri? QueueServiceUri { get; init; }

    public Uri? TableServiceUri { get; init; }

    /// <summary>True when the account is reached with a token (managed identity), not a connection string.</summary>
    public bool UsesIdentity => ConnectionString is null;

    public static StorageAccount From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration.GetConnectionString("Storage") ?? configuration[SettingName];
        var account = new StorageAccount(
            string.IsNullOrWhiteSpace(connectionString) ? null : connectionString,
            NullIfBlank(configuration[$"{SettingName}:accountName"]),
            NullIfBlank(configuration[$"{SettingName}:clientId"]))
        {
            BlobServiceUri = UriOrNull(configuration[$"{SettingName}:blobServiceUri"]),
            QueueServiceUri = UriOrNull(configuration[$"{SettingName}:queueServiceUri"]),
            TableServiceUri = UriOrNull(configuration[$"{SettingName}:tableServiceUri"]),
        };
        return account.ConnectionString is null && account.AccountName is null && account.BlobServiceUri is null
            ? throw new InvalidOperationException(
                $"No storage account configured: set ConnectionStrings:Storage or {SettingName} (\"UseDevelopmentStorage=true\" for Azurite), " +
                $"or {SettingName}__accountName and {SettingName}__clientId for a managed identity.")
            : account;
    }

    public Uri BlobEndpoint => BlobServiceUri ?? Endpoint("blob");

    public Uri QueueEndpoint => QueueServiceUri ?? Endpoint("queue");

    public Uri TableEndpoint => TableServiceUri ?? Endpoint("table");

    /// <summary>The managed identity the account is reached with (only when <see cref="UsesIdentity"/>).</summary>
    public TokenCredential CreateCredential() =>
        new ManagedIdentityCredential(ClientId is null ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(ClientId));

    /// <param name="credential">Asked for only when the account is reached with a token.</param>
    public TableServiceClient CreateTableServiceClient(Func<TokenCredential> credential) => ConnectionString is not null
        ? new TableServiceClient(ConnectionString)
        : new TableServiceClient(TableEndpoint, credential());

    /// <param name="credential">Asked for only when the account is reached with a token.</param>
    public BlobServiceClient CreateBlobServiceClient(Func<TokenCredential> credential) => ConnectionString is not null
        ? new BlobServiceClient(ConnectionString)
        : new BlobServiceClient(BlobEndpoint, credential());

    private Uri Endpoint(string service) => AccountName is not null
        ? new Uri($"https://{AccountName}.{service}.core.windows.net")
        : throw new InvalidOperationException($"Set {SettingName}__accountName or {SettingName}__{service}ServiceUri.");

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static Uri? UriOrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : new Uri(value, UriKind.Absolute);
}
