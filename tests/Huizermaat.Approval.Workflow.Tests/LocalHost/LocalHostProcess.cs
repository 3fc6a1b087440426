using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Huizermaat.Approval.Workflow.Tests.LocalHost;

/// <summary>
/// The real local host (<c>Huizermaat.Approval.Local.dll</c>, built beside the tests) as a child process, configured
/// through environment variables, so that a test can kill it without warning. Its output is drained as it comes and
/// written to the test's output when disposed; disposing kills it if it still runs, so it never outlives the test.
/// </summary>
internal sealed partial class LocalHostProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly ITestOutputHelper output;
    private readonly ConcurrentQueue<string> lines = new();
    private readonly TaskCompletionSource<Uri> sidecar = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LocalHostProcess(Process process, ITestOutputHelper output, Uri address)
    {
        this.process = process;
        this.output = output;
        Address = address;
    }

    /// <summary>Where the host's web app listens.</summary>
    public Uri Address { get; }

    /// <summary>Starts the host on a free loopback port with <paramref name="settings"/> (configuration keys, <c>:</c> separated).</summary>
    public static LocalHostProcess Start(IReadOnlyDictionary<string, string> settings, ITestOutputHelper output)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Huizermaat.Approval.Local.dll"), "--urls", address.ToString().TrimEnd('/'), "--environment", "Development" })
        {
            start.ArgumentList.Add(argument);
        }

        // One log line per entry (the sidecar's address is read from it), and the workstation GC on a shared machine.
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        start.Environment["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ";
        start.Environment["Logging__Console__FormatterOptions__UseUtcTimestamp"] = "true";
        start.Environment["Logging__LogLevel__DurableTask.AzureStorage"] = "Information";
        start.Environment["DOTNET_gcServer"] = "0";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var host = new LocalHostProcess(process, output, address);
        process.OutputDataReceived += (_, e) => host.Receive(e.Data, "out");
        process.ErrorDataReceived += (_, e) => host.Receive(e.Data, "err");
        process.Exited += (_, _) => host.sidecar.TrySetException(new InvalidOperationException($"The local host exited with {process.ExitCode} before its Durable Task sidecar started."));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>The address of the host's Durable Task sidecar (gRPC), once it listens.</summary>
    public Task<Uri> SidecarAsync() => sidecar.Task.WaitAsync(StartPatience);

    /// <summary>Waits until the host's web app answers requests (after its sidecar started).</summary>
    public async Task WebReadyAsync()
    {
        await SidecarAsync();
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartPatience;
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
                return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(200);
            }
        }
    }

    /// <summary>Kills the host and everything it started, at once and without warning (no graceful shutdown).</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                await KillAsync();
            }

            // The last lines arrive after the exit; WaitForExit (without a timeout) waits for the streams to close.
            process.WaitForExit();
        }
        finally
        {
            output.WriteLine($"--- local host process {process.Id} ---");
            foreach (var line in lines)
            {
                output.WriteLine(line);
            }

            process.Dispose();
        }
    }

    private void Receive(string? line, string stream)
    {
        if (line is null)
        {
            return;
        }

        lines.Enqueue($"{stream}: {line}");
        if (SidecarListening().Match(line) is { Success: true } match)
        {
            sidecar.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"Durable Task sidecar for task hub \w+ listening on (http://\S+)")]
    private static partial Regex SidecarListening();
}
