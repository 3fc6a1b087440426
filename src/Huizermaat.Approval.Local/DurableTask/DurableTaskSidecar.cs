using System.Net;
using System.Net.Sockets;
using DurableTask.AzureStorage;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Local.DurableTask;

/// <summary>
/// The Durable Task engine of the local host: the gRPC sidecar (<see cref="TaskHubGrpcServer"/>) over an
/// <see cref="AzureStorageOrchestrationService"/>, listening on a loopback port that only this process's
/// worker and client use. It is the first hosted service, so it starts before the worker and stops after it;
/// it then releases the partition leases (<c>StopAsync(isForced: false)</c>) before stopping the sidecar,
/// so that the next start does not wait for them to expire.
/// </summary>
public sealed partial class DurableTaskSidecar : IHostedService, IAsyncDisposable
{
    private readonly AzureStorageOrchestrationService service;
    private readonly ILoggerFactory loggerFactory;
    private readonly ILogger<DurableTaskSidecar> logger;
    private readonly Uri address;
    private readonly string hubName;
    private WebApplication? server;

    public DurableTaskSidecar(
        AzureStorageOrchestrationService service, IOptions<DurableTaskHubOptions> options, ILoggerFactory loggerFactory)
    {
        this.service = service;
        hubName = options.Value.HubName;
        this.loggerFactory = loggerFactory;
        logger = loggerFactory.CreateLogger<DurableTaskSidecar>();
        address = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        Channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions { LoggerFactory = loggerFactory });
    }

    /// <summary>The channel the worker and the client talk to the sidecar on.</summary>
    public GrpcChannel Channel { get; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await service.CreateIfNotExistsAsync().WaitAsync(cancellationToken);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddSingleton(loggerFactory);
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, address.Port, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton<global::DurableTask.Core.IOrchestrationService>(service);
        builder.Services.AddSingleton<global::DurableTask.Core.IOrchestrationServiceClient>(service);
        builder.Services.AddSingleton<TaskHubGrpcServer>();
        server = builder.Build();
        server.MapGrpcService<TaskHubGrpcServer>();
        await server.StartAsync(cancellationToken);
        LogStarted(hubName, address);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // The worker has stopped by now (hosted services stop in reverse order): give up the partitions
        // gracefully, then stop serving.
        await service.StopAsync(isForced: false).WaitAsync(cancellationToken);
        if (server is not null)
        {
            await server.StopAsync(cancellationToken);
        }

        LogStopped(hubName);
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        Channel.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Durable Task sidecar for task hub {HubName} listening on {Address}")]
    private partial void LogStarted(string hubName, Uri address);

    [LoggerMessage(Level = LogLevel.Information, Message = "Durable Task sidecar for task hub {HubName} stopped and its leases released")]
    private partial void LogStopped(string hubName);
}
