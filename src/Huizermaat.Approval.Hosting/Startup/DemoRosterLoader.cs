using Huizermaat.Approval.Workflow.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Huizermaat.Approval.Hosting.Startup;

/// <summary>
/// In Development, loads the fictional demo roster (<c>src/Huizermaat.Approval.Hosting/DemoData/demo-roster.csv</c>)
/// when the roster is empty, so that a newcomer can play every role at once. Outside Development the school imports
/// its own in Beheer. The stores are asked for at start (see <see cref="Storage.StorageInitializer"/>).
/// </summary>
public sealed partial class DemoRosterLoader(
    IHostEnvironment environment, IConfiguration configuration, IServiceProvider services, ILogger<DemoRosterLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() || !await services.GetRequiredService<RosterStore>().IsEmptyAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var importer = services.GetRequiredService<RosterImporter>();
        var path = configuration["Roster:DemoFile"] ?? Path.Combine(AppContext.BaseDirectory, "DemoData", "demo-roster.csv");
        using var reader = File.OpenText(path);
        var roster = await importer.ImportAsync(reader, cancellationToken).ConfigureAwait(false);
        LogLoaded(roster.People.Count, path);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the demo roster ({Count} people) from {Path}")]
    private partial void LogLoaded(int count, string path);
}
