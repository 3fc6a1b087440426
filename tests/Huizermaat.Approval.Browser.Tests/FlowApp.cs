using Huizermaat.Approval.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Huizermaat.Approval.Browser.Tests;

/// <summary>The whole local host on Azurite (a <see cref="FlowHost"/>) and one Chromium, for the end-to-end tests.</summary>
public class FlowApp<THost> : IAsyncLifetime
    where THost : FlowHost, new()
{
    private IPlaywright? playwright;

    public THost Host { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>A laptop screen.</summary>
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };

    /// <summary>A phone held upright (an iPhone 14's 390 × 844 CSS pixels).</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <summary>
    /// Runs a test in a fresh context on the app, as a Dutch user in Amsterdam on a laptop screen (or
    /// <paramref name="viewport"/>), nobody signed in (see <see cref="Session.RunAsync"/>).
    /// </summary>
    public async Task RunAsync(string testName, ITestOutputHelper output, Func<Session, Task> test, ViewportSize? viewport = null) =>
        await Session.RunAsync(
            await Browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = Host.Address.ToString(),
                Locale = "nl-NL",
                TimezoneId = "Europe/Amsterdam",
                ViewportSize = viewport ?? Desktop,
                IsMobile = viewport?.Width < 600,
                HasTouch = viewport?.Width < 600,
            }),
            testName,
            output,
            test);

    public async Task InitializeAsync()
    {
        await Host.InitializeAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(playwright);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        await Host.DisposeAsync();
    }
}

/// <summary>The app as staff, parents and managers meet it.</summary>
public sealed class FlowApp : FlowApp<FlowHost>;

/// <summary>The app with Bram Visser (<see cref="FlowPeople.OtherAuthorEmail"/>) as operator, for the Beheer test.</summary>
public sealed class AdminApp : FlowApp<AdminApp.OperatorFlowHost>
{
    public sealed class OperatorFlowHost() : FlowHost(new Dictionary<string, string?> { ["Auth:DevelopmentOperators:0"] = FlowPeople.OtherAuthorEmail });
}
