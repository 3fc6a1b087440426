using Huizermaat.Approval.Hosting.Startup;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Functions.Tests.Rehearsal;

/// <summary>
/// A deployment that lacks a setting, or has an unsafe one, does not start: the Functions app's host refuses with
/// one English message naming the setting, before it serves anything.
/// </summary>
public sealed class StartupRefusalTests(InfraFixture settings) : IClassFixture<InfraFixture>
{
    [Theory]
    [InlineData("Auth__Mode")]
    [InlineData("Workflow__PublicBaseUrl")]
    [InlineData("SendGrid__ApiKey")]
    [InlineData("SendGrid__FromEmail")]
    [InlineData("WEBSITE_AUTH_ENABLED")]
    [InlineData("AzureWebJobsStorage")]
    public async Task Without_a_required_setting_the_app_refuses_to_start_and_names_it(string setting)
    {
        var appSettings = settings.Rehearsal();
        Assert.True(appSettings.Remove(setting), $"The rehearsal has no {setting} to remove.");

        var message = await RefusalAsync(appSettings);

        Assert.Contains(setting, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Auth__Mode", "None")]
    [InlineData("Auth__Mode", "Development")]
    [InlineData("Workflow__PublicBaseUrl", "http://func-huizermaat-rehearsal.azurewebsites.net/")]
    [InlineData("Workflow__PublicBaseUrl", "https://localhost:7071/")]
    [InlineData("SendGrid__FromEmail", "communicatie at huizermaat")]
    [InlineData("SendGrid__ApiKey", "@Microsoft.KeyVault(VaultName=kv-rehearsal;SecretName=sendgrid-api-key)")]
    public async Task With_an_unsafe_setting_the_app_refuses_to_start_and_names_it(string setting, string value)
    {
        var appSettings = settings.Rehearsal();
        appSettings[setting] = value;

        var message = await RefusalAsync(appSettings);

        Assert.Contains(setting, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_message_names_every_missing_setting_at_once()
    {
        var appSettings = settings.Rehearsal();
        appSettings.Remove("Auth__Mode");
        appSettings.Remove("SendGrid__FromEmail");
        appSettings["Workflow__PublicBaseUrl"] = "http://localhost:7071/";

        var message = await RefusalAsync(appSettings);

        Assert.Contains("Auth__Mode", message, StringComparison.Ordinal);
        Assert.Contains("SendGrid__FromEmail", message, StringComparison.Ordinal);
        Assert.Contains("Workflow__PublicBaseUrl", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_deployment_sets_everything_the_app_needs() =>
        Assert.Empty(ProductionSettings.Problems(
            new ConfigurationBuilder()
                .AddInMemoryCollection(settings.Rehearsal().Select(s => KeyValuePair.Create(s.Key.Replace("__", ":", StringComparison.Ordinal), s.Value)))
                .Build()));

    private static async Task<string> RefusalAsync(IReadOnlyDictionary<string, string?> appSettings)
    {
        var builder = FunctionsHost.CreateBuilder(appSettings);
        FunctionsHost.RemoveTransport(builder.Services);
        using var host = builder.Build();
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.StartsWith("The app cannot start in Production", error.Message, StringComparison.Ordinal);
        return error.Message;
    }
}
