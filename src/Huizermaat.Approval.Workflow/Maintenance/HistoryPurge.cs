using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Workflow.Maintenance;

/// <summary>
/// Purges the Durable history of finished instances after <see cref="RetentionOptions.DurableHistory"/>; runs daily
/// (a timer function in Azure, a hosted service in the local host). Running instances are never touched.
/// </summary>
public sealed partial class HistoryPurge(DurableTaskClient client, IOptions<RetentionOptions> options, TimeProvider time, ILogger<HistoryPurge> logger)
{
    /// <summary>The name of the timer function and of the local host's scheduled job.</summary>
    public const string JobName = "PurgeHistory";

    /// <summary>Every day at 03:30 UTC, when nobody posts.</summary>
    public const string Schedule = "0 30 3 * * *";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - options.Value.DurableHistory;
        var filter = new PurgeInstancesFilter(
            // The sidecar's purge needs a lower bound (it reads CreatedFrom unconditionally): before this app existed.
            CreatedFrom: new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero),
            CreatedTo: cutoff,
            Statuses: [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated]);
        var result = await client.PurgeAllInstancesAsync(filter, cancellationToken).ConfigureAwait(false);
        LogPurged(result.PurgedInstanceCount, cutoff);
        return result.PurgedInstanceCount;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged the Durable history of {Count} finished instances created before {Cutoff:O}")]
    private partial void LogPurged(int count, DateTimeOffset cutoff);
}
