using System.Text.Json.Nodes;

namespace Huizermaat.Approval.Functions.Tests.Rehearsal;

/// <summary>
/// The app settings the infrastructure gives the Function App of a deployment (evaluated from <c>infra/</c>, with
/// <c>main.bicep</c>'s defaults and the values <c>azd up</c> would pass), and the few substitutions a rehearsal on
/// this machine needs: the secrets Key Vault would resolve, the storage account (Azurite) and what App Service
/// itself sets.
/// </summary>
internal static class DeployedSettings
{
    public const string DefaultHostName = "func-huizermaat-rehearsal.azurewebsites.net";
    public const string MailFrom = "communicatie@huizermaat.nl";
    public const string SendGridKey = "SG.rehearsal";
    private const string IdentityClientId = "5f2b7c1e-0000-4000-8000-00000000c1d0";

    /// <summary>The settings as the deployed app has them (Key Vault references unresolved).</summary>
    /// <param name="template">infra/main.bicep compiled (its parameter defaults are the deployment's).</param>
    public static async Task<IReadOnlyDictionary<string, string>> FromInfrastructureAsync(JsonNode template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var vault = template["parameters"]!["vaultReferencedSettings"]!["defaultValue"]!.AsObject()
            .ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal);
        return await Bicep.EvaluateAppSettingsAsync(
            Bicep.Literal("sthuizermaatrehearsal"),
            Bicep.Literal(IdentityClientId),
            Bicep.Literal("InstrumentationKey=00000000-0000-4000-8000-000000000000;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/"),
            Bicep.Literal("kv-rehearsal"),
            Bicep.Literal(vault),
            Bicep.Literal($"https://{DefaultHostName}/"),
            Bicep.Literal(MailFrom),
            Bicep.Literal("Huizermaat"));
    }

    /// <summary>
    /// What the rehearsal changes: Key Vault references resolved to test secrets, the identity-based storage settings
    /// replaced by Azurite's connection string, SendGrid's address pointed at the local fake, Application Insights
    /// off, the settings App Service adds itself (App Service Authentication is on), and the task hub of the Durable
    /// engine that stands in for the Functions host's.
    /// </summary>
    public static Dictionary<string, string?> ForRehearsal(IReadOnlyDictionary<string, string> deployed, string storageConnectionString, Uri sendGrid, string hubName)
    {
        var settings = deployed.ToDictionary(p => p.Key, p => (string?)p.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var key in settings.Keys.Where(k => settings[k]!.StartsWith("@Microsoft.KeyVault(", StringComparison.Ordinal)).ToList())
        {
            settings[key] = key == "SendGrid__ApiKey" ? SendGridKey : $"rehearsal-secret-for-{key}";
        }

        foreach (var key in settings.Keys.Where(k => k.StartsWith("AzureWebJobsStorage__", StringComparison.Ordinal)).ToList())
        {
            settings.Remove(key);
        }

        settings["AzureWebJobsStorage"] = storageConnectionString;

        // Nothing here can reach Application Insights (its export signs in with the managed identity).
        settings["APPLICATIONINSIGHTS_CONNECTION_STRING"] = string.Empty;
        settings["SendGrid__BaseUrl"] = sendGrid.ToString();
        settings["SendGrid__RetryDelay"] = "00:00:00.100";
        settings["WEBSITE_AUTH_ENABLED"] = "True";

        // What the Functions host passes the worker on its command line (nothing connects to it here).
        settings["Functions__Worker__HostEndpoint"] = "http://127.0.0.1:9/";
        settings["Functions__Worker__WorkerId"] = Guid.NewGuid().ToString();
        settings["Functions__Worker__RequestId"] = Guid.NewGuid().ToString();
        settings["Functions__Worker__GrpcMaxMessageLength"] = "2147483647";
        settings["DurableTask__HubName"] = hubName;
        settings["DurableTask__StorageProvider__PartitionCount"] = "1";
        settings["DurableTask__StorageProvider__MaxQueuePollingInterval"] = "00:00:01";
        settings["Approval__QuietHoursStart"] = "00:00";
        settings["Approval__QuietHoursEnd"] = "00:00";
        return settings;
    }
}
