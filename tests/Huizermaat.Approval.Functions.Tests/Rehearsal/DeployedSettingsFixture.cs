namespace Huizermaat.Approval.Functions.Tests.Rehearsal;

/// <summary>The app settings of a default deployment, evaluated from <c>infra/</c> once per test class.</summary>
public sealed class DeployedSettingsFixture : IAsyncLifetime
{
    public IReadOnlyDictionary<string, string> Deployed { get; private set; } = null!;

    /// <summary>The settings a rehearsal starts with (nothing listens at the storage and SendGrid addresses).</summary>
    public Dictionary<string, string?> Rehearsal() =>
        DeployedSettings.ForRehearsal(Deployed, "UseDevelopmentStorage=true", new Uri("http://127.0.0.1:9/"), "refusals");

    public async Task InitializeAsync() => Deployed = await DeployedSettings.FromInfrastructureAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
