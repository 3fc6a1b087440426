using System.Net;
using System.Net.Mail;
using Huizermaat.Approval.Hosting.Storage;
using Huizermaat.Approval.Integrations.Mail;
using Huizermaat.Approval.Web.Identity;
using Huizermaat.Approval.Workflow;
using Microsoft.Extensions.Configuration;

namespace Huizermaat.Approval.Hosting.Startup;

/// <summary>
/// What a deployed app (any environment but Development) must have set, read from its configuration: each problem
/// is one English sentence naming the setting (as an app setting, <c>Section__Key</c>) and what is wrong with it.
/// </summary>
public static class ProductionSettings
{
    /// <summary>What App Service sets when App Service Authentication is on for the app.</summary>
    public const string AuthEnabledSetting = "WEBSITE_AUTH_ENABLED";

    private const string KeyVaultReference = "@Microsoft.KeyVault(";

    public static IReadOnlyList<string> Problems(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<string>();
        problems.AddRange(UnresolvedKeyVaultReferences(configuration));
        AuthProblems(configuration, problems);
        PublicBaseUrlProblems(configuration, problems);
        MailProblems(configuration, problems);
        StorageProblems(configuration, problems);
        return problems;
    }

    private static void AuthProblems(IConfiguration configuration, List<string> problems)
    {
        var key = $"{AuthOptions.SectionName}:{nameof(AuthOptions.Mode)}";
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value) || !Enum.TryParse<AuthMode>(value, ignoreCase: true, out var mode) || !Enum.IsDefined(mode))
        {
            problems.Add($"{Setting(key)} is {Shown(value)}: set it to EasyAuth (App Service Authentication), or nobody can sign in");
        }
        else if (mode != AuthMode.EasyAuth)
        {
            problems.Add($"{Setting(key)} is {mode}: outside Development it must be EasyAuth ({mode} " +
                (mode == AuthMode.None ? "lets nobody sign in)" : "signs anyone in as anyone)"));
        }
        else if (!string.Equals(configuration[AuthEnabledSetting], "true", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{Setting(key)} is EasyAuth but App Service Authentication is not enabled for the app ({AuthEnabledSetting} is not True): " +
                "without it anyone can send the principal header; enable it (infra/app/auth.bicep)");
        }
    }

    private static void PublicBaseUrlProblems(IConfiguration configuration, List<string> problems)
    {
        var key = $"{WorkflowOptions.SectionName}:{nameof(WorkflowOptions.PublicBaseUrl)}";
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{Setting(key)} is not set: the links in every mail need the app's public https address");
        }
        else if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
        {
            problems.Add($"{Setting(key)} is {Shown(value)}: it must be the app's public https address");
        }
        else if (url.IsLoopback || url.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(url.Host, out var ip) && IPAddress.IsLoopback(ip)))
        {
            problems.Add($"{Setting(key)} is {Shown(value)}: links in mails would point at localhost");
        }
    }

    private static void MailProblems(IConfiguration configuration, List<string> problems)
    {
        var apiKey = $"{SendGridOptions.SectionName}:{nameof(SendGridOptions.ApiKey)}";
        if (string.IsNullOrWhiteSpace(configuration[apiKey]))
        {
            problems.Add($"{Setting(apiKey)} is not set: no mail can be sent (put the key in Key Vault as sendgrid-api-key)");
        }

        var fromKey = $"{SendGridOptions.SectionName}:{nameof(SendGridOptions.FromEmail)}";
        var from = configuration[fromKey];
        if (string.IsNullOrWhiteSpace(from))
        {
            problems.Add($"{Setting(fromKey)} is not set: mails need a sender verified in SendGrid (azd env set SENDGRID_FROM_EMAIL ...)");
        }
        else if (!MailAddress.TryCreate(from, out var address) || address.Address != from.Trim())
        {
            problems.Add($"{Setting(fromKey)} is {Shown(from)}: it must be one e-mail address");
        }
    }

    private static void StorageProblems(IConfiguration configuration, List<string> problems)
    {
        try
        {
            _ = StorageAccount.From(configuration);
        }
        catch (InvalidOperationException e)
        {
            problems.Add(e.Message.TrimEnd('.'));
        }
        catch (UriFormatException)
        {
            problems.Add($"A {StorageAccount.SettingName}__*ServiceUri setting is not an absolute address");
        }
    }

    private static IEnumerable<string> UnresolvedKeyVaultReferences(IConfiguration configuration) =>
        configuration.AsEnumerable()
            .Where(setting => setting.Value?.TrimStart().StartsWith(KeyVaultReference, StringComparison.OrdinalIgnoreCase) == true)
            .Select(setting => Setting(setting.Key))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .Select(name => $"{name} is still a Key Vault reference: App Service could not read the secret " +
                "(does the secret exist, and may the app's identity read it? See the app's Environment variables blade)");

    /// <summary>The app-setting spelling of a configuration key (<c>Auth:Mode</c> → <c>Auth__Mode</c>).</summary>
    private static string Setting(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    private static string Shown(string? value) => string.IsNullOrWhiteSpace(value) ? "empty" : $"'{(value.Length > 80 ? value[..80] + "…" : value)}'";
}
