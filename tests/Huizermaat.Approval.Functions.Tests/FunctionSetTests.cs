namespace Huizermaat.Approval.Functions.Tests;

/// <summary>
/// The function set that the Functions SDK generated for the app (functions.metadata) equals what the local host
/// maps and registers, route for route and name for name, so the two hosts cannot drift.
/// </summary>
public sealed class FunctionSetTests : IAsyncLifetime
{
    private readonly FunctionsMetadata _metadata = FunctionsMetadata.Load(FunctionsApp.OutputDirectory);
    private readonly LocalHostContract _local = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _local.DisposeAsync().AsTask();

    [Fact]
    public void The_app_serves_exactly_the_routes_and_methods_the_local_host_maps() =>
        Assert.Equal(Sorted(_local.HttpEndpoints.Select(e => e.ToString())), Sorted(_metadata.HttpEndpoints.Select(e => e.ToString())));

    [Fact]
    public void The_app_hosts_exactly_the_orchestrations_the_local_host_registers() =>
        Assert.Equal(Sorted(_local.Orchestrations), Sorted(_metadata.NamesOf(TriggerKinds.Orchestration)));

    [Fact]
    public void The_app_hosts_exactly_the_activities_the_local_host_registers() =>
        Assert.Equal(Sorted(_local.Activities), Sorted(_metadata.NamesOf(TriggerKinds.Activity)));

    [Fact]
    public void The_app_runs_exactly_the_timer_jobs_the_local_host_schedules() =>
        Assert.Equal(Sorted(_local.ScheduledJobs), Sorted(_metadata.NamesOf(TriggerKinds.Timer)));

    [Fact]
    public void The_local_host_registers_the_whole_workflow() =>
        Assert.Contains("ApprovalOrchestrator", _local.Orchestrations);

    [Fact]
    public void Every_function_uses_a_trigger_kind_the_app_is_deployed_for() =>
        Assert.All(_metadata.Triggers, t => Assert.Contains(t.Kind, ExpectedContract.TriggerKinds));

    [Fact]
    public void No_two_http_functions_claim_the_same_method_and_route()
    {
        var claims = _metadata.Triggers.Where(t => t.Kind == TriggerKinds.Http)
            .SelectMany(t => t.Methods.Select(m => $"{m.ToUpperInvariant()} /{t.Route!.TrimStart('/')}"))
            .GroupBy(c => c, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);
        Assert.Empty(claims);
    }

    [Fact]
    public void Http_functions_need_no_function_key_because_app_service_authentication_guards_them() =>
        // E-mail links for parents and the health probe carry no function key; sign-in is App Service
        // Authentication's job (infra/app/auth.bicep), so every HTTP trigger is anonymous at the Functions level.
        Assert.All(_metadata.Triggers.Where(t => t.Kind == TriggerKinds.Http), t => Assert.Equal("Anonymous", t.AuthLevel));

    [Fact]
    public void Health_is_an_anonymous_get_on_api_health()
    {
        var health = Assert.Single(_metadata.Triggers, t => t.FunctionName == "Health");
        Assert.Equal(TriggerKinds.Http, health.Kind);
        Assert.Equal("api/health", health.Route);
        Assert.Equal(["get"], health.Methods);
    }

    private static List<string> Sorted(IEnumerable<string> values) => [.. values.Order(StringComparer.Ordinal)];
}
