using Azure.Identity;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Huizermaat.Approval.Functions;

/// <summary>
/// The worker's OpenTelemetry: traces and logs to Application Insights, signed in with the app's managed identity
/// (the resource has local auth off). The Durable Task source gives one trace per draft: the orchestration
/// (instance id = draft id) with a span per activity. No span carries an e-mail link's token
/// (<see cref="CapabilityTokenRedactor"/>). Off when no Application Insights is configured (locally).
/// </summary>
internal static class Telemetry
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public static IServiceCollection AddHuizermaatTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration[ConnectionStringSetting]))
        {
            return services;
        }

        var clientId = configuration["AzureWebJobsStorage:clientId"];
        services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .WithTracing(tracing => tracing.AddSource("Microsoft.DurableTask").AddProcessor<CapabilityTokenRedactor>())
            .UseAzureMonitorExporter(options =>
            {
                if (!string.IsNullOrWhiteSpace(clientId))
                {
                    options.Credential = new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
                }
            });
        return services;
    }
}
