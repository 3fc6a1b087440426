using Huizermaat.Approval.Workflow.Storage;

namespace Huizermaat.Approval.Local;

/// <summary>
/// In Development, loads the fictional demo roster (<c>src/Huizermaat.Approval.Local/DemoData/demo-roster.csv</c>) when the roster is
/// empty, so that a newcomer can play every role at once. Outside Development the school imports its own.
/// </summary>
public sealed partial class DemoRosterLoader(
    IHostEnvironment environment, IConfiguration configuration, RosterStore store, RosterImporter importer, ILogger<DemoRosterLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() || !await store.IsEmptyAsync(cancellationToken))
        {
            return;
        }

        var path = configuration["Roster:DemoFile"] ?? Path.Combine(AppContext.BaseDirectory, "DemoData", "demo-roster.csv");
        using var reader = File.OpenText(path);
        var roster = await importer.ImportAsync(reader, cancellationToken);
        LogLoaded(roster.People.Count, path);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the demo roster ({Count} people) from {Path}")]
    private partial void LogLoaded(int count, string path);
}
