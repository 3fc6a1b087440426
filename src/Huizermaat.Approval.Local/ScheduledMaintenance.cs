using Huizermaat.Approval.Workflow.Maintenance;

namespace Huizermaat.Approval.Local;

/// <summary>
/// The local host's stand-in for the Functions app's timer trigger <see cref="HistoryPurge.JobName"/>: runs the
/// purge once a day (first a minute after start-up), calling the same code.
/// </summary>
public sealed partial class ScheduledMaintenance(IServiceProvider services, TimeProvider time, ILogger<ScheduledMaintenance> logger) : BackgroundService
{
    public static IReadOnlyList<string> JobNames { get; } = [HistoryPurge.JobName];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMinutes(1), time, stoppingToken);
            using var timer = new PeriodicTimer(TimeSpan.FromDays(1), time);
            do
            {
                try
                {
                    await services.GetRequiredService<HistoryPurge>().RunAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogFailed(e, HistoryPurge.JobName);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Maintenance job {Job} failed; it runs again tomorrow")]
    private partial void LogFailed(Exception exception, string job);
}
