using System.Net;
using System.Net.Sockets;
using System.Reflection;
using DurableTask.AzureStorage;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Local.DurableTask;

/// <summary>
/// The Durable Task engine of the local host: the gRPC sidecar (<see cref="TaskHubGrpcServer"/>) over an
/// <see cref="AzureStorageOrchestrationService"/>, listening on a loopback port that only this process's
/// worker and client use. It is added as a hosted service just before the worker
/// (<see cref="LocalDurableTaskServiceCollectionExtensions.AddLocalDurableTask"/>), so it starts before the worker and
/// stops after it. Shutdown, in this order: while the worker still runs (<see cref="StoppingAsync"/>, which the host
/// calls on every service before it stops any), the sidecar stops
/// dispatching and lets the work in flight finish, and the orchestration service releases its partition leases
/// (<c>StopAsync(isForced: false)</c>), so the next start need not wait for them to expire; then the worker
/// stops; then (<see cref="StopAsync"/>) the sidecar's server.
/// </summary>
public sealed partial class DurableTaskSidecar : IHostedLifecycleService, IAsyncDisposable
{
    // The sidecar's server starts and stops the orchestration service from async void handlers of its own lifetime.
    // AzureStorageOrchestrationService.StopAsync throws (NullReferenceException) on a service whose start has not
    // finished, which there would crash the process: so the sidecar waits until the service has started
    // (its private "isStarted" flag) before it stops, so a host stopped at once cannot race the start.
    private static readonly FieldInfo? IsStartedField =
        typeof(AzureStorageOrchestrationService).GetField("isStarted", BindingFlags.Instance | BindingFlags.NonPublic);

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

        // The app's own URLs (--urls, ASPNETCORE_URLS) are not the sidecar's, and its start is logged once, by the app.
        builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, string.Empty);
        builder.Services.Configure<ConsoleLifetimeOptions>(options => options.SuppressStatusMessages = true);
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

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        if (server is null)
        {
            return;
        }

        // The server starts the service once the worker has connected; a host stopped right after it started waits
        // (a few seconds at most) for that start to finish, so that stopping cannot race it.
        for (var waited = 0; waited < 100 && IsStartedField?.GetValue(service) is false; waited++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }

        // Stopping the sidecar's application stops its dispatchers (no new work items are fetched); the worker is
        // still connected, so the work items in flight complete instead of staying locked in their queues.
        server.Lifetime.StopApplication();
        try
        {
            await service.StopAsync(isForced: false).WaitAsync(cancellationToken);
        }
        catch (NullReferenceException)
        {
            // Already stopped by the server's own handler: there are no leases left to release.
        }

        LogStopped(hubName);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (server is not null)
        {
            await server.StopAsync(cancellationToken);
        }
    }

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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
