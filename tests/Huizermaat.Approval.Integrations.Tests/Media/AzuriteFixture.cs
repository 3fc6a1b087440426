using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Azure.Storage.Blobs;

namespace Huizermaat.Approval.Integrations.Tests.Media;

/// <summary>
/// Azurite's blob service from the repository's <c>.ci/node_modules</c> (run <c>bash .ci/setup</c>), on a free port with a
/// temporary folder, for the duration of the test class.
/// </summary>
public class AzuriteFixture : IAsyncLifetime
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly string _folder = Directory.CreateTempSubdirectory("azurite-").FullName;
    private Process? _azurite;

    public string ConnectionString { get; private set; } = string.Empty;

    public BlobServiceClient Client() => new(ConnectionString);

    /// <summary>The temporary folder of this Azurite's data.</summary>
    protected string Folder => _folder;

    /// <summary>Further arguments for Azurite (e.g. HTTPS and OAuth).</summary>
    protected virtual IEnumerable<string> ExtraArguments => [];

    /// <summary>The blob endpoint's scheme.</summary>
    protected virtual string Scheme => "http";

    /// <summary>The account's blob endpoint.</summary>
    public Uri BlobEndpoint { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        var root = typeof(AzuriteFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;
        var azurite = Path.Combine(root, ".ci", "node_modules", ".bin", "azurite-blob");
        if (!File.Exists(azurite))
        {
            throw new InvalidOperationException($"Azurite is not installed at {azurite}: run 'bash .ci/setup' first.");
        }

        var port = FreePort();
        var start = new ProcessStartInfo(azurite)
        {
            ArgumentList = { "--blobHost", "127.0.0.1", "--blobPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--location", _folder, "--skipApiVersionCheck", "--silent" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in ExtraArguments)
        {
            start.ArgumentList.Add(argument);
        }

        _azurite = Process.Start(start)!;
        BlobEndpoint = new Uri($"{Scheme}://127.0.0.1:{port}/devstoreaccount1");
        ConnectionString = $"DefaultEndpointsProtocol={Scheme};AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint={BlobEndpoint};";
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
                return;
            }
            catch (SocketException) when (!timeout.IsCancellationRequested)
            {
                if (_azurite.HasExited)
                {
                    throw new InvalidOperationException($"Azurite exited: {await _azurite.StandardError.ReadToEndAsync(timeout.Token)}");
                }

                await Task.Delay(100, timeout.Token);
            }
        }
    }

    public virtual async Task DisposeAsync()
    {
        if (_azurite is { HasExited: false })
        {
            _azurite.Kill(entireProcessTree: true);
            await _azurite.WaitForExitAsync();
        }

        _azurite?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
