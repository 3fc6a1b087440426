using Microsoft.Playwright;

namespace Huizermaat.Approval.Browser.Tests;

/// <summary>
/// Debian's Chromium, driven by Playwright's bundled driver. Playwright never downloads a browser here: the
/// machine reaches no browser download site, so <c>playwright install</c> is never run.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>
    /// Headless and quiet: the closed network refuses every background connection (sync, component updates,
    /// QUIC), and Chromium would otherwise wait on them.
    /// </summary>
    public static readonly IReadOnlyList<string> Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright, string executablePath = ExecutablePath)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        if (!File.Exists(executablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {executablePath}: the browser tests need Debian's chromium package. " +
                "Run `bash .ci/setup` from the repository root (it runs `apt-get install chromium`). " +
                "Do not run `playwright install`: this machine cannot download Playwright's own browsers.");
        }

        // The suite runs beside every other test project on two cores: a live check can take longer than Playwright's
        // 5 s default to come back. What a test expects still has to appear; it is only given longer to do so.
        Assertions.SetDefaultExpectTimeout(15_000);
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executablePath,
            Headless = true,
            Args = Arguments,
            Env = DutchEnvironment(),
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// This process's environment with Chromium's interface language set to Dutch. On Linux Chromium takes its
    /// language (date fields, file pickers) from LANGUAGE, not from --lang or Playwright's locale emulation, and
    /// needs the chromium-l10n package for it. Playwright passes <c>Env</c> instead of the environment, not on top.
    /// </summary>
    private static Dictionary<string, string> DutchEnvironment()
    {
        var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "", StringComparer.Ordinal);
        environment["LANGUAGE"] = "nl";
        return environment;
    }
}
