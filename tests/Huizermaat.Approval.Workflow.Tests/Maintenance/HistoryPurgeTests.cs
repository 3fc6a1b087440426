using Huizermaat.Approval.Testing;
using Huizermaat.Approval.Workflow.Maintenance;
using Huizermaat.Approval.Workflow.Tests.LocalHost;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Huizermaat.Approval.Workflow.Tests.Maintenance;

/// <summary>The daily purge on the real task hub (local host on Azurite): finished history goes, running instances stay.</summary>
public sealed class HistoryPurgeTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string Quick = "PurgeTestQuick";
    private const string Waiting = "PurgeTestWaiting";

    [Fact]
    public async Task Finished_instances_older_than_the_retention_lose_their_history_and_running_ones_stay()
    {
        await using var app = await LocalHostRunner.StartAsync(azurite, LocalHostRunner.NewHubName(), tasks =>
        {
            tasks.AddOrchestratorFunc(Quick, _ => Task.FromResult("done"));
            tasks.AddOrchestratorFunc(Waiting, context => context.WaitForExternalEvent<string>("never"));
        });
        var client = app.Client();
        var finished = await client.ScheduleNewOrchestrationInstanceAsync(Quick);
        var running = await client.ScheduleNewOrchestrationInstanceAsync(Waiting);
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1)))
        {
            await client.WaitForInstanceCompletionAsync(finished, timeout.Token);
            await client.WaitForInstanceStartAsync(running, timeout.Token);
        }

        var time = new FakeTimeProvider(DateTimeOffset.UtcNow + TimeSpan.FromDays(31));
        var purge = new HistoryPurge(client, Microsoft.Extensions.Options.Options.Create(new RetentionOptions()), time, NullLogger<HistoryPurge>.Instance);

        var purged = await purge.RunAsync(CancellationToken.None);

        Assert.Equal(1, purged);
        Assert.Null(await client.GetInstanceAsync(finished));
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await client.GetInstanceAsync(running))!.RuntimeStatus);
    }

    [Fact]
    public async Task Finished_instances_younger_than_the_retention_are_kept()
    {
        await using var app = await LocalHostRunner.StartAsync(azurite, LocalHostRunner.NewHubName(), tasks =>
            tasks.AddOrchestratorFunc(Quick, _ => Task.FromResult("done")));
        var client = app.Client();
        var finished = await client.ScheduleNewOrchestrationInstanceAsync(Quick);
        using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1)))
        {
            await client.WaitForInstanceCompletionAsync(finished, timeout.Token);
        }

        var purge = new HistoryPurge(client, Microsoft.Extensions.Options.Options.Create(new RetentionOptions()), TimeProvider.System, NullLogger<HistoryPurge>.Instance);

        Assert.Equal(0, await purge.RunAsync(CancellationToken.None));
        Assert.NotNull(await client.GetInstanceAsync(finished));
    }
}
