using Huizermaat.Approval.Testing;
using Microsoft.Playwright;

namespace Huizermaat.Approval.Browser.Tests;

/// <summary>The whole local host on Azurite (<see cref="FlowHost"/>) and one Chromium, for the end-to-end test.</summary>
public sealed class FlowApp : IAsyncLifetime
{
    private IPlaywright? playwright;

    public FlowHost Host { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

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
