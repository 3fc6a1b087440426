using Huizermaat.Approval.Workflow.Maintenance;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Huizermaat.Approval.Functions;

/// <summary>The daily maintenance jobs, each a one-line wrapper (the local host runs them as a hosted service).</summary>
public static class MaintenanceFunctions
{
    [Function(HistoryPurge.JobName)]
    public static Task<int> PurgeHistory([TimerTrigger(HistoryPurge.Schedule)] TimerInfo timer, [DurableClient] DurableTaskClient client, FunctionContext function) =>
        ActivatorUtilities.CreateInstance<HistoryPurge>(function.InstanceServices, client).RunAsync(function.CancellationToken);

    [Function(UnpublishedContentPurge.JobName)]
    public static Task<int> PurgeUnpublishedContent([TimerTrigger(HistoryPurge.Schedule)] TimerInfo timer, FunctionContext function) =>
        function.InstanceServices.GetRequiredService<UnpublishedContentPurge>().RunAsync(function.CancellationToken);
}
