using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Huizermaat.Approval.Browser.Tests;

/// <summary>One test's page, with screenshots named after the test and a log in the test's output.</summary>
public sealed class Session(IPage page, string testName, ITestOutputHelper output)
{
    public IPage Page { get; } = page;

    public void Log(string message) => output.WriteLine(message);

    /// <summary>Saves a full-page screenshot as <c>TestResults/screenshots/{test}-{step}.png</c> and prints its path.</summary>
    public async Task<string> ScreenshotAsync(string step)
    {
        var path = Screenshots.PathFor($"{testName}-{step}");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Log($"screenshot: {path}");
        return path;
    }
}
