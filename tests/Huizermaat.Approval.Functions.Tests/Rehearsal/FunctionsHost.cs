using Huizermaat.Approval.Local.DurableTask;
using Huizermaat.Approval.Workflow;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Huizermaat.Approval.Functions.Tests.Rehearsal;

/// <summary>
/// The Functions app's own host, built by its Program.cs composition (<see cref="FunctionsAppBuilder.AddHuizermaatApproval"/>)
/// with a deployment's app settings, in Production. What only the Functions host provides is left out or stood in
/// for: the worker's channel to the host and the HTTP proxy server are not started (tests invoke the [Function]
/// methods directly), and the host's Durable extension is stood in for by the local host's engine on the same
/// task hub, whose client the tests hand to each function as the host's <c>[DurableClient]</c> binding would.
/// </summary>
internal static class FunctionsHost
{
    public static FunctionsApplicationBuilder CreateBuilder(IReadOnlyDictionary<string, string?> appSettings)
    {
        var builder = FunctionsApplication.CreateBuilder(["--environment", Environments.Production]);
        // App settings reach the worker as environment variables, where "__" separates sections.
        builder.Configuration.AddInMemoryCollection(appSettings.Select(s => KeyValuePair.Create(s.Key.Replace("__", ":", StringComparison.Ordinal), s.Value)));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddHuizermaatApproval();
        return builder;
    }

    /// <summary>The host with the Durable engine standing in for the Functions host's, ready to start.</summary>
    public static IHost Build(IReadOnlyDictionary<string, string?> appSettings)
    {
        var builder = CreateBuilder(appSettings);
        RemoveTransport(builder.Services);

        // The Functions host's Durable extension: the local host's engine, whose client is the only direct one; the
        // app's services still see only the invocation's (scoped) client.
        builder.Services.AddLocalDurableTask(builder.Configuration, tasks => tasks.AddApprovalWorkflow());
        foreach (var direct in builder.Services.Where(d => d.ServiceType == typeof(DurableTaskClient) && d.Lifetime == ServiceLifetime.Singleton).ToList())
        {
            builder.Services.Remove(direct);
        }

        return builder.Build();
    }

    /// <summary>The client the Functions host's <c>[DurableClient]</c> binding hands an invocation.</summary>
    public static DurableTaskClient BoundClient(IHost host) => host.Services.GetRequiredService<IDurableTaskClientProvider>().GetClient();

    /// <summary>Removes the hosted services that connect to a Functions host (its gRPC channel) or serve its HTTP proxy.</summary>
    public static void RemoveTransport(IServiceCollection services)
    {
        foreach (var descriptor in services.Where(d => d.ServiceType == typeof(IHostedService) && IsTransport(d)).ToList())
        {
            services.Remove(descriptor);
        }
    }

    private static bool IsTransport(ServiceDescriptor descriptor) =>
        (descriptor.ImplementationType ?? descriptor.KeyedImplementationType)?.FullName is { } name
        && (name.StartsWith("Microsoft.Azure.Functions.Worker", StringComparison.Ordinal) || name == "Microsoft.AspNetCore.Hosting.GenericWebHostService");
}
