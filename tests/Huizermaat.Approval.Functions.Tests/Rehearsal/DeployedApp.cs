using Huizermaat.Approval.Testing;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Huizermaat.Approval.Functions.Tests.Rehearsal;

/// <summary>
/// A rehearsed deployment: the Functions app's own host with the app settings <c>infra/</c> gives it, started on a
/// private Azurite with a SendGrid fake (see <see cref="FunctionsHost"/> for what stands in for Azure). Share one
/// per test class; <see cref="WithRoster"/> decides whether the school has imported its roster (and connected its
/// Mastodon account) yet.
/// </summary>
public class DeployedApp : IAsyncLifetime
{
    private readonly AzuriteFixture azurite = new();
    private readonly SendGridFake sendGrid = new();

    protected virtual bool WithRoster => true;

    public IHost Host { get; private set; } = null!;

    internal SendGridFake SendGrid => sendGrid;

    public IReadOnlyDictionary<string, string?> Settings { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await azurite.InitializeAsync();
        var hub = $"rehearsal{Guid.NewGuid():N}"[..20];
        var settings = DeployedSettings.ForRehearsal(await DeployedSettings.FromInfrastructureAsync(await Bicep.BuildMainAsync()), azurite.ConnectionString, sendGrid.Address, hub);
        if (WithRoster)
        {
            // The school has connected its Mastodon account, as docs/deploying.md says (its token from Key Vault).
            settings["Publishing__Mastodon__InstanceUrl"] = "https://social.huizermaat.example";
            settings["Publishing__Mastodon__AccessToken"] = "rehearsal-mastodon-token";
        }

        Settings = settings;
        Host = FunctionsHost.Build(Settings);
        await Host.StartAsync();
        if (WithRoster)
        {
            await Host.Services.GetRequiredService<RosterStore>().SaveAsync(FlowPeople.Roster(DateOnly.FromDateTime(DateTime.UtcNow)), CancellationToken.None);
        }
    }

    /// <summary>Invokes a [Function] method as the Functions host would: its own services, the bound Durable client.</summary>
    internal async Task<Answer> InvokeAsync(
        string method, string path, string? principal, Func<HttpRequest, DurableTaskClient, Task<IResult>> function, string? json = null, string? cookies = null)
    {
        ArgumentNullException.ThrowIfNull(function);
        await using var invocation = Host.Services.CreateAsyncScope();
        var request = Invocations.Request(invocation, method, path, principal, json, cookies);
        return await Invocations.AnswerAsync(request, await function(request, FunctionsHost.BoundClient(Host)));
    }

    public async Task DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.StopAsync();
            Host.Dispose();
        }

        sendGrid.Dispose();
        await azurite.DisposeAsync();
    }
}

/// <summary>A deployment on its first day: nobody has imported the roster or connected a network yet.</summary>
public sealed class EmptyDeployedApp : DeployedApp
{
    protected override bool WithRoster => false;
}
