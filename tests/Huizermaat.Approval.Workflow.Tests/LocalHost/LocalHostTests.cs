using Huizermaat.Approval.Testing;
using Microsoft.DurableTask;
using Huizermaat.Approval.Workflow.Storage;
using Huizermaat.Approval.Workflow.Tests.Orchestration;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Huizermaat.Approval.Workflow.Tests.LocalHost;

public sealed class LocalHostTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static void Greeting(DurableTaskRegistry tasks)
    {
        tasks.AddActivityFunc<string, string>("Greet", (_, name) => $"Hallo {name}");
        tasks.AddOrchestratorFunc<string, string>("Greeting", async (context, name) =>
        {
            var greeting = await context.CallActivityAsync<string>("Greet", name);
            context.SetCustomStatus("waiting");
            var reply = await context.WaitForExternalEvent<string>("Reply");
            return $"{greeting}; {reply}";
        });
    }

    [Fact]
    public async Task Runs_an_orchestration_on_Azure_Storage_and_resumes_it_after_a_restart()
    {
        var hub = LocalHostRunner.NewHubName();
        string instanceId;
        await using (var first = await LocalHostRunner.StartAsync(azurite, hub, Greeting))
        {
            instanceId = await first.Client().ScheduleNewOrchestrationInstanceAsync("Greeting", "Fatima");
            await WorkflowHost.On(first.Services).WaitUntilAsync(instanceId, i => i.SerializedCustomStatus == "\"waiting\"");
            await first.StopAsync();
        }

        await using var second = await LocalHostRunner.StartAsync(azurite, hub, Greeting);
        await second.Client().RaiseEventAsync(instanceId, "Reply", "dag");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var result = await second.Client().WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, timeout.Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal("Hallo Fatima; dag", result.ReadOutputAs<string>());
        await second.StopAsync();
    }

    [Fact]
    public async Task Loads_the_demo_roster_on_the_first_start_in_Development()
    {
        await using var app = await LocalHostRunner.StartAsync(azurite, LocalHostRunner.NewHubName());
        var store = app.Services.GetRequiredService<RosterStore>();

        var roster = await store.LoadAsync(CancellationToken.None);

        Assert.Equal("Lotte Visser", roster.Find("l.visser")?.Name);
        Assert.Equal("m.jansen", roster.Find("t.devries")?.ManagerId);
        await app.StopAsync();
    }

    [Fact]
    public async Task Refuses_to_start_without_a_storage_connection_string()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            var app = Local.LocalHost.Build(["--urls", "http://127.0.0.1:0", "--environment", "Production"]);
            _ = app.Services.GetService(typeof(global::DurableTask.AzureStorage.AzureStorageOrchestrationService));
        });

        Assert.Contains("ConnectionStrings:Storage", error.Message, StringComparison.Ordinal);
    }
}
