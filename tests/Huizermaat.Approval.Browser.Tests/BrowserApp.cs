using Huizermaat.Approval.Testing;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Huizermaat.Approval.Browser.Tests;

/// <summary>
/// One web app on a real port and one Chromium for a test class. Each test gets its own browser context
/// (its own localStorage and cookies), so tests do not see each other's drafts.
/// </summary>
public sealed class BrowserApp(IMessageSink diagnostics) : IAsyncLifetime
{
    private readonly AzuriteFixture azurite = new();

    private IPlaywright? playwright;

    public WebServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await azurite.InitializeAsync();
        Server = await WebServer.StartAsync(azurite.ConnectionString);
        // The form is for the roster's staff: Anna de Vries, as whom Easy Auth's header signs in.
        await Server.Services.GetRequiredService<WorkflowStorage>().EnsureCreatedAsync(CancellationToken.None);
        await Server.Services.GetRequiredService<RosterStore>().SaveAsync(FlowPeople.Roster(DateOnly.FromDateTime(DateTime.UtcNow)), CancellationToken.None);
        playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(playwright);
        diagnostics.OnMessage(new DiagnosticMessage(
            $"Chromium {Browser.Version} on {Server.Address}; screenshots go to {Screenshots.Directory}"));
    }

    /// <summary>Runs a test in a fresh context signed in through Easy Auth's header (see <see cref="Session.RunAsync"/>).</summary>
    public async Task RunAsync(string testName, ITestOutputHelper output, Func<Session, Task> test) =>
        await Session.RunAsync(
            await Browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = Server.Address.ToString(),
                Locale = "nl-NL",
                TimezoneId = "Europe/Amsterdam",
                ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
                ExtraHTTPHeaders = new Dictionary<string, string> { ["X-MS-CLIENT-PRINCIPAL"] = EasyAuthPrincipal },
            }),
            testName,
            output,
            test);

    /// <summary>What App Service Authentication would inject for a signed-in member of staff.</summary>
    private static readonly string EasyAuthPrincipal = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(
        """{"auth_typ":"aad","claims":[{"typ":"preferred_username","val":"anna.devries@huizermaat.nl"},{"typ":"name","val":"Anna de Vries"}]}"""));

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        await azurite.DisposeAsync();
    }
}
