using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Huizermaat.Approval.Hosting.Storage;

/// <summary>
/// Creates the app's tables and blob containers (<see cref="StorageLayout"/>) that are missing, before anything
/// else starts. A deployment already has them from the infrastructure; this covers Azurite, a new storage account
/// and a table someone deleted. Every container is private. The clients are asked for at start, not when the host
/// makes its hosted services: a deployment without a storage account is refused first by the settings validation.
/// </summary>
public sealed partial class StorageInitializer(IServiceProvider services, ILogger<StorageInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var tables = services.GetRequiredService<TableServiceClient>();
        var blobs = services.GetRequiredService<BlobServiceClient>();
        foreach (var table in StorageLayout.Tables)
        {
            await tables.CreateTableIfNotExistsAsync(table, cancellationToken).ConfigureAwait(false);
        }

        foreach (var container in StorageLayout.Containers)
        {
            await blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        LogReady(StorageLayout.Tables.Count, StorageLayout.Containers.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage ready: {Tables} tables and {Containers} containers exist")]
    private partial void LogReady(int tables, int containers);
}
