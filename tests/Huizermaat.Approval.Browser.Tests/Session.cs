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

    /// <summary>
    /// Runs a test on a fresh page of <paramref name="context"/>, fails it when the page logged an error (a script
    /// error, a Content-Security-Policy violation, a failed request), screenshots the page when the test fails (the
    /// path is in the failure message), and closes the context.
    /// </summary>
    public static async Task RunAsync(IBrowserContext context, string testName, ITestOutputHelper output, Func<Session, Task> test)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(test);
        try
        {
            var session = new Session(await context.NewPageAsync(), testName, output);
            try
            {
                await test(session);
                var errors = session.UnexpectedErrors();
                Assert.True(errors.Count == 0, "The page logged errors:\n" + string.Join('\n', errors));
            }
            catch (Exception e)
            {
                var path = await session.ScreenshotAsync("failed");
                throw new InvalidOperationException($"{e.Message}\nScreenshot of the page: {path}", e);
            }
        }
        finally
        {
            await context.CloseAsync();
        }
    }

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
