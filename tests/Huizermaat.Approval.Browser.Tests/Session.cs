using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Huizermaat.Approval.Browser.Tests;

/// <summary>One test's page, with screenshots named after the test and a log in the test's output.</summary>
public sealed class Session
{
    private readonly string testName;
    private readonly ITestOutputHelper output;

    private readonly List<string> errors = [];
    private readonly List<string> expectedErrorSources = [];

    public Session(IPage page, string testName, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(page);
        Page = page;
        this.testName = testName;
        this.output = output;
        page.Console += (_, message) =>
        {
            Log($"browser console {message.Type}: {message.Text} ({message.Location})");
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add($"{message.Text} ({message.Location})");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            Log($"browser page error: {error}");
            lock (errors)
            {
                errors.Add(error);
            }
        };
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

    /// <summary>Lets the browser log an error about a request whose address contains <paramref name="url"/>: a refusal the test asks for.</summary>
    public void ExpectErrorFrom(string url)
    {
        lock (errors)
        {
            expectedErrorSources.Add(url);
        }
    }

    /// <summary>What the page logged as an error (script errors, CSP violations, failed requests), less what the test expected.</summary>
    public IReadOnlyList<string> UnexpectedErrors()
    {
        lock (errors)
        {
            return [.. errors.Where(e => !expectedErrorSources.Any(url => e.Contains(url, StringComparison.Ordinal)))];
        }
    }

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
