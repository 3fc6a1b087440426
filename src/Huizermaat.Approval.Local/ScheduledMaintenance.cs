using Huizermaat.Approval.Workflow.Maintenance;

namespace Huizermaat.Approval.Local;

/// <summary>
/// The local host's stand-in for the Functions app's timer triggers (<see cref="JobNames"/>): runs the daily
/// maintenance once a day (first a minute after start-up), calling the same code.
/// </summary>
public sealed partial class ScheduledMaintenance(IServiceProvider services, TimeProvider time, ILogger<ScheduledMaintenance> logger) : BackgroundService
{
    public static IReadOnlyList<string> JobNames { get; } = [HistoryPurge.JobName, UnpublishedContentPurge.JobName];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMinutes(1), time, stoppingToken);
            using var timer = new PeriodicTimer(TimeSpan.FromDays(1), time);
            do
            {
                await RunAsync(HistoryPurge.JobName, () => services.GetRequiredService<HistoryPurge>().RunAsync(stoppingToken));
                await RunAsync(UnpublishedContentPurge.JobName, () => services.GetRequiredService<UnpublishedContentPurge>().RunAsync(stoppingToken));
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunAsync(string job, Func<Task<int>> run)
    {
        try
        {
            await run();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(e, job);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Maintenance job {Job} failed; it runs again tomorrow")]
    private partial void LogFailed(Exception exception, string job);
}
