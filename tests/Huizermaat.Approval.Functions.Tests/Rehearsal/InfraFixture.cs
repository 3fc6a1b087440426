using System.Text.Json.Nodes;

namespace Huizermaat.Approval.Functions.Tests.Rehearsal;

/// <summary><c>infra/main.bicep</c> compiled, and the app settings of a default deployment, once per test class.</summary>
public sealed class InfraFixture : IAsyncLifetime
{
    public JsonNode Template { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> Deployed { get; private set; } = null!;

    /// <summary>The settings a rehearsal starts with (nothing listens at the storage and SendGrid addresses).</summary>
    public Dictionary<string, string?> Rehearsal() =>
        DeployedSettings.ForRehearsal(Deployed, "UseDevelopmentStorage=true", new Uri("http://127.0.0.1:9/"), "refusals");

    public async Task InitializeAsync()
    {
        Template = await Bicep.BuildMainAsync();
        Deployed = await DeployedSettings.FromInfrastructureAsync(Template);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
