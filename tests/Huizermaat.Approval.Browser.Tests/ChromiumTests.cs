using Microsoft.Playwright;

namespace Huizermaat.Approval.Browser.Tests;

public sealed class ChromiumTests
{
    [Fact]
    public async Task A_missing_chromium_fails_with_the_setup_command_to_run()
    {
        using var playwright = await Playwright.CreateAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Chromium.LaunchAsync(playwright, "/nonexistent/chromium"));

        Assert.Contains("Chromium is not installed at /nonexistent/chromium", error.Message, StringComparison.Ordinal);
        Assert.Contains("bash .ci/setup", error.Message, StringComparison.Ordinal);
    }
}
