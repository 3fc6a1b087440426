using Huizermaat.Approval.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huizermaat.Approval.Workflow.Tests.LocalHost;

/// <summary>Starts the real local host (sidecar, worker, client) on a test's Azurite and task hub.</summary>
internal static class LocalHostRunner
{
    public static async Task<WebApplication> StartAsync(
        AzuriteFixture azurite, string hubName, Action<DurableTaskRegistry>? extraTasks = null, Action<IServiceCollection>? services = null)
    {
        var app = Local.LocalHost.Build(
            ["--urls", "http://127.0.0.1:0", "--environment", "Development"],
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["ConnectionStrings:Storage"] = azurite.ConnectionString,
                    ["DurableTask:HubName"] = hubName,
                    ["DurableTask:StorageProvider:PartitionCount"] = "1",
                    ["DurableTask:StorageProvider:MaxQueuePollingInterval"] = "00:00:01",
                    ["Approval:QuietHoursStart"] = "00:00",
                    ["Approval:QuietHoursEnd"] = "00:00",
                });
                if (extraTasks is not null)
                {
                    builder.Services.Configure(Microsoft.Extensions.Options.Options.DefaultName, extraTasks);
                }

                services?.Invoke(builder.Services);
            });
        await app.StartAsync();
        return app;
    }

    public static DurableTaskClient Client(this WebApplication app) => app.Services.GetRequiredService<DurableTaskClient>();

    public static string NewHubName() => $"t{Guid.NewGuid():N}"[..20];
}
