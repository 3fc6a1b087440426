using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Huizermaat.Approval.Functions.Tests.Rehearsal;

/// <summary>The Bicep CLI from the package feed: compiles <c>infra/</c> and evaluates its exported functions.</summary>
internal static class Bicep
{
    private static readonly string Executable = typeof(Bicep).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "BicepExecutable").Value!;

    public static string Infra => Path.Combine(FunctionsApp.RepositoryRoot, "infra");

    /// <summary><c>infra/main.bicep</c> compiled to its ARM template.</summary>
    public static async Task<JsonNode> BuildMainAsync() =>
        JsonNode.Parse(await RunAsync("build", Path.Combine(Infra, "main.bicep"), "--stdout"))!;

    /// <summary>
    /// The value of <c>appSettings(...)</c> from <c>infra/app/app-settings.bicep</c> for these arguments (Bicep
    /// literals), evaluated by <c>bicep build-params</c> exactly as a deployment evaluates it.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> EvaluateAppSettingsAsync(params string[] arguments)
    {
        var folder = Directory.CreateTempSubdirectory("rehearsal-");
        try
        {
            var library = Path.GetRelativePath(folder.FullName, Path.Combine(Infra, "app", "app-settings.bicep")).Replace('\\', '/');
            var parameters = Path.Combine(folder.FullName, "settings.bicepparam");
            await File.WriteAllTextAsync(parameters, $"""
                using none
                import {"{"} appSettings {"}"} from '{library}'
                param settings = appSettings({string.Join(", ", arguments)})
                """);
            var output = JsonNode.Parse(await RunAsync("build-params", parameters, "--stdout"))!;
            var values = JsonNode.Parse(output["parametersJson"]!.GetValue<string>())!["parameters"]!["settings"]!["value"]!.AsObject();
            return values.ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A Bicep string literal.</summary>
    public static string Literal(string value) => "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    /// <summary>A Bicep object literal of strings.</summary>
    public static string Literal(IReadOnlyDictionary<string, string> values)
    {
        var text = new StringBuilder("{\n");
        foreach (var (key, value) in values)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {key}: {Literal(value)}\n");
        }

        return text.Append('}').ToString();
    }

    private static async Task<string> RunAsync(params string[] arguments)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"The Bicep CLI is not at {Executable}: restore the test project.");
        }

        // The package stores the binary without guaranteeing its run bit (as .ci/check-infra knows).
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Executable, File.GetUnixFileMode(Executable) | UnixFileMode.UserExecute);
        }

        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"bicep {string.Join(' ', arguments)} failed ({process.ExitCode}): {await errors}");
    }
}
