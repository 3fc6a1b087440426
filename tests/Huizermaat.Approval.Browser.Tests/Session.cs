using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Huizermaat.Approval.Browser.Tests;

/// <summary>One test's page, with screenshots named after the test and a log in the test's output.</summary>
public sealed class Session
{
    private readonly string testName;
    private readonly ITestOutputHelper output;

    public Session(IPage page, string testName, ITestOutputHelper output)
    {
        Page = page;
        this.testName = testName;
        this.output = output;
        // A screenshot left by an earlier run (say of a failure since fixed) must not pass for this run's.
        if (System.IO.Directory.Exists(Screenshots.Directory))
        {
            foreach (var old in System.IO.Directory.EnumerateFiles(Screenshots.Directory, testName + "-*.png"))
            {
                File.Delete(old);
            }
        }
    }

    public IPage Page { get; }

    public void Log(string message) => output.WriteLine(message);

    /// <summary>Saves a screenshot of the page (or of one element on it) as <c>TestResults/screenshots/{test}-{step}.png</c> and prints its path.</summary>
    public async Task<string> ScreenshotAsync(string step, ILocator? element = null)
    {
        var path = Screenshots.PathFor($"{testName}-{step}");
        if (element is null)
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        }
        else
        {
            await element.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        }

        Log($"screenshot: {path}");
        return path;
    }
}
