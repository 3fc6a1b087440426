using Huizermaat.Approval.Testing;
using Microsoft.Playwright;

namespace Huizermaat.Approval.Browser.Tests;

/// <summary>The whole local host on Azurite with Bram Visser as operator, and one Chromium, for the Beheer test.</summary>
public sealed class AdminApp : IAsyncLifetime
{
    private IPlaywright? playwright;

    public OperatorFlowHost Host { get; } = new();

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

    /// <summary>A <see cref="FlowHost"/> in which <see cref="FlowPeople.OtherAuthorEmail"/> (Bram) is an operator.</summary>
    public sealed class OperatorFlowHost() : FlowHost(new Dictionary<string, string?> { ["Auth:DevelopmentOperators:0"] = FlowPeople.OtherAuthorEmail });
}
