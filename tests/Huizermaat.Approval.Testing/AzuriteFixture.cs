using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Huizermaat.Approval.Testing;

/// <summary>
/// Starts a private Azurite (blob, queue and table) on free loopback ports with its data in a temporary
/// directory, and stops it and deletes the data at the end. Azurite comes from the repository's
/// <c>.ci/node_modules</c> (run <c>bash .ci/setup</c> once). Share one per test class or collection; give
/// each test its own task hub, tables or containers. A derived fixture may add arguments (HTTPS, OAuth).
/// </summary>
public class AzuriteFixture : IAsyncLifetime
{
    /// <summary>Azurite's well-known development account key (public, not a secret).</summary>
    private const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private const string AccountName = "devstoreaccount1";

    private readonly string location = Path.Combine(Path.GetTempPath(), $"azurite-{Guid.NewGuid():N}");
    private Process? process;
    private int blobPort;
    private int queuePort;
    private int tablePort;

    public string ConnectionString =>
        $"DefaultEndpointsProtocol={Scheme};AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint={BlobEndpoint};" +
        $"QueueEndpoint={Scheme}://127.0.0.1:{queuePort}/{AccountName};" +
        $"TableEndpoint={Scheme}://127.0.0.1:{tablePort}/{AccountName};";

    /// <summary>The account's blob endpoint.</summary>
    public Uri BlobEndpoint => new($"{Scheme}://127.0.0.1:{blobPort}/{AccountName}");

    /// <summary>The endpoints' scheme.</summary>
    protected virtual string Scheme => "http";

    /// <summary>Further arguments for Azurite.</summary>
    protected virtual IEnumerable<string> ExtraArguments => [];

    /// <summary>The temporary directory of this Azurite's data, deleted at the end.</summary>
    protected string Location => location;

    public virtual async Task InitializeAsync()
    {
        var executable = Path.Combine(RepositoryRoot(), ".ci", "node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Azurite is not installed at {executable}: run `bash .ci/setup` first.");
        }

        Directory.CreateDirectory(location);

        // Free ports are chosen before Azurite binds them, so another process may take one in between:
        // then Azurite exits at once, and it is started again on other ports.
        for (var attempt = 1; ; attempt++)
        {
            (blobPort, queuePort, tablePort) = (FreePort(), FreePort(), FreePort());
            process = Start(executable);
            try
            {
                foreach (var port in new[] { blobPort, queuePort, tablePort })
                {
                    await WaitUntilListening(port);
                }

                return;
            }
            catch (InvalidOperationException) when (attempt < 3 && process.HasExited)
            {
                process.Dispose();
            }
        }
    }

    private Process Start(string executable)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "--silent", "--skipApiVersionCheck", "--disableProductStyleUrl", "--location", location,
            "--blobHost", "127.0.0.1", "--blobPort", $"{blobPort}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{queuePort}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{tablePort}",
            .. ExtraArguments,
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var started = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        started.OutputDataReceived += (_, _) => { };
        started.ErrorDataReceived += (_, _) => { };
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        return started;
    }

    public virtual async Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        try
        {
            Directory.Delete(location, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open: the temporary directory is cleaned by the system.
        }
    }

    /// <summary>The repository's root, as recorded at build time by tests/Directory.Build.props.</summary>
    public static string RepositoryRoot() =>
        typeof(AzuriteFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value
        ?? throw new InvalidOperationException("The RepositoryRoot assembly metadata is missing.");

    private async Task WaitUntilListening(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (process!.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} while starting.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
