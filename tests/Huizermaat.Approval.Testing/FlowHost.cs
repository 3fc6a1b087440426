using System.Net;
using System.Net.Sockets;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Huizermaat.Approval.Testing;

/// <summary>
/// The real local host (web handlers, Durable Task sidecar and worker) on a private Azurite, in Development with
/// the development login, on a free port that is also its public base URL (so mailed links point back at it),
/// with <see cref="FlowPeople"/> as its roster. Share one per test class: starting it takes seconds.
/// </summary>
public class FlowHost : IAsyncLifetime
{
    private readonly AzuriteFixture azurite = new();

    public FlowHost()
    {
    }

    /// <param name="settings">Settings that add to or override the defaults (say, a short expiry).</param>
    protected FlowHost(IReadOnlyDictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var (key, value) in settings)
        {
            Settings[key] = value;
        }
    }

    public WebApplication App { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    private Dictionary<string, string?> Settings { get; } = [];

    public async Task InitializeAsync()
    {
        await azurite.InitializeAsync();
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        Address = new Uri($"http://127.0.0.1:{port}/");
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Storage"] = azurite.ConnectionString,
            ["DurableTask:HubName"] = $"flow{Guid.NewGuid():N}"[..16],
            ["DurableTask:StorageProvider:PartitionCount"] = "1",
            ["DurableTask:StorageProvider:MaxQueuePollingInterval"] = "00:00:01",
            ["Approval:QuietHoursStart"] = "00:00",
            ["Approval:QuietHoursEnd"] = "00:00",
            ["Approval:PublishFirstRetry"] = "00:00:01",
            ["Workflow:PublicBaseUrl"] = Address.ToString(),
            ["Auth:Mode"] = "Development",
            ["RateLimits:LinkRequestsPerMinute"] = "1000",
            ["RateLimits:SubmissionsPerMinute"] = "1000",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        App = Local.LocalHost.Build(
            ["--urls", $"http://127.0.0.1:{port}", "--environment", "Development"],
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings);
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
            });
        await App.StartAsync();
        await App.Services.GetRequiredService<RosterStore>().SaveAsync(FlowPeople.Roster(DateOnly.FromDateTime(DateTime.UtcNow)), CancellationToken.None);
    }

    /// <summary>A client with its own cookies, signed in through <c>/dev/login</c> when <paramref name="email"/> is given.</summary>
    public async Task<HttpClient> ClientAsync(string? email = null)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Address };
        if (email is not null)
        {
            using var response = await client.GetAsync(new Uri($"dev/login?as={Uri.EscapeDataString(email)}", UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Signing in as {email} answered {(int)response.StatusCode}.");
            }
        }

        return client;
    }

    public virtual async Task DisposeAsync()
    {
        if (App is not null)
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }

        await azurite.DisposeAsync();
    }
}
