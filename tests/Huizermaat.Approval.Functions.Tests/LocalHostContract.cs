using System.Collections;
using System.Reflection;
using Huizermaat.Approval.Local;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Functions.Tests;

/// <summary>
/// What the local host really exposes: its HTTP route table (from the built app's endpoint data sources) and the
/// orchestrators and activities its Durable Task worker registers (read from the worker's registry by reflection).
/// The host is built, not started: nothing connects to storage.
/// </summary>
public sealed class LocalHostContract : IAsyncDisposable
{
    private readonly WebApplication app = LocalHost.Build(
        ["--environment", "Development", "--ConnectionStrings:Storage", "UseDevelopmentStorage=true"]);

    public IReadOnlySet<HttpEndpoint> HttpEndpoints =>
        ((IEndpointRouteBuilder)app).DataSources
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(method =>
                new HttpEndpoint(method.ToUpperInvariant(), "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/'))))
            .ToHashSet();

    public IReadOnlySet<string> Orchestrations => RegisteredNames("Orchestrators");

    /// <summary>The jobs the local host runs on a schedule (the Functions app's timer triggers).</summary>
    public IReadOnlySet<string> ScheduledJobs =>
        app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<ScheduledMaintenance>().Any()
            ? ScheduledMaintenance.JobNames.ToHashSet(StringComparer.Ordinal)
            : [];

    public IReadOnlySet<string> Activities => RegisteredNames("Activities");

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private HashSet<string> RegisteredNames(string property)
    {
        var registry = app.Services.GetRequiredService<IOptionsMonitor<DurableTaskRegistry>>().Get(Options.DefaultName);
        var tasks = typeof(DurableTaskRegistry).GetProperty(property, BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(registry) as IEnumerable
            ?? throw new InvalidOperationException($"DurableTaskRegistry has no internal '{property}' list any more: update this reflection.");
        return tasks.Cast<object>()
            .Select(pair => (TaskName)pair.GetType().GetProperty("Key")!.GetValue(pair)!)
            .Select(name => name.Name)
            .ToHashSet(StringComparer.Ordinal);
    }
}
