using Azure.Core;
using DurableTask.AzureStorage;
using Huizermaat.Approval.Hosting.Storage;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Client.Grpc;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Grpc;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Local.DurableTask;

public static class LocalDurableTaskServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Durable Task engine on Azure Storage (<see cref="DurableTaskSidecar"/>), a worker running
    /// <paramref name="tasks"/> and a <see cref="DurableTaskClient"/>, connected over gRPC as the Functions host
    /// connects the isolated worker to the Durable extension. It adds two hosted services, the sidecar and then the
    /// worker, so the sidecar starts before the worker and stops after it. Hosted services start in the order they
    /// are added and stop in reverse: add those the worker needs (the storage initializer) before calling this, and
    /// those that use the client (scheduled maintenance) after it.
    /// </summary>
    public static IServiceCollection AddLocalDurableTask(
        this IServiceCollection services, IConfiguration configuration, Action<DurableTaskRegistry> tasks)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DurableTaskHubOptions>()
            .Bind(configuration.GetSection(DurableTaskHubOptions.SectionName))
            .Validate(o => IsValidHubName(o.HubName), "DurableTask:HubName must be 3 to 45 letters and digits, starting with a letter")
            .Validate(o => o.StorageProvider.PartitionCount is >= 1 and <= 16, "DurableTask:StorageProvider:PartitionCount must be 1 to 16")
            .Validate(o => o.StorageProvider.MaxQueuePollingInterval >= TimeSpan.FromMilliseconds(100), "DurableTask:StorageProvider:MaxQueuePollingInterval must be at least 100 ms")
            .ValidateOnStart();

        services.AddSingleton(provider => CreateOrchestrationService(
            provider.GetRequiredService<IOptions<DurableTaskHubOptions>>().Value,
            provider.GetRequiredService<StorageAccount>(),
            provider,
            provider.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<DurableTaskSidecar>();
        services.AddHostedService(provider => provider.GetRequiredService<DurableTaskSidecar>());

        services.AddDurableTaskWorker(worker =>
        {
            worker.AddTasks(tasks);
            worker.UseGrpc();
        });
        services.AddOptions<GrpcDurableTaskWorkerOptions>(Options.DefaultName)
            .Configure<DurableTaskSidecar, IOptions<DurableTaskHubOptions>>((worker, sidecar, hub) =>
            {
                worker.Channel = sidecar.Channel;
                worker.Concurrency.MaximumConcurrentActivityWorkItems = hub.Value.MaxConcurrentActivityFunctions;
                worker.Concurrency.MaximumConcurrentOrchestrationWorkItems = hub.Value.MaxConcurrentOrchestratorFunctions;
            });

        services.AddDurableTaskClient(client => client.UseGrpc());
        services.AddOptions<GrpcDurableTaskClientOptions>(Options.DefaultName)
            .Configure<DurableTaskSidecar>((client, sidecar) => client.Channel = sidecar.Channel);
        return services;
    }

    /// <summary>The task hub in the app's one storage account, reached as the app reaches it (key or identity).</summary>
    private static AzureStorageOrchestrationService CreateOrchestrationService(
        DurableTaskHubOptions options, StorageAccount account, IServiceProvider services, ILoggerFactory loggerFactory)
    {
        var clients = account.ConnectionString is { } connectionString
            ? new StorageAccountClientProvider(connectionString)
            : new StorageAccountClientProvider(account.BlobEndpoint, account.QueueEndpoint, account.TableEndpoint, services.GetRequiredService<TokenCredential>());

        return new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            StorageAccountClientProvider = clients,
            TaskHubName = options.HubName,
            PartitionCount = options.StorageProvider.PartitionCount,
            MaxQueuePollingInterval = options.StorageProvider.MaxQueuePollingInterval,
            ControlQueueVisibilityTimeout = options.StorageProvider.ControlQueueVisibilityTimeout,
            WorkItemQueueVisibilityTimeout = options.StorageProvider.WorkItemQueueVisibilityTimeout,
            MaxConcurrentTaskActivityWorkItems = options.MaxConcurrentActivityFunctions,
            MaxConcurrentTaskOrchestrationWorkItems = options.MaxConcurrentOrchestratorFunctions,
            LoggerFactory = loggerFactory,
        });
    }

    private static bool IsValidHubName(string? name) =>
        name is { Length: >= 3 and <= 45 } && char.IsAsciiLetter(name[0]) && name.All(char.IsAsciiLetterOrDigit);
}
