using System.Diagnostics;
using System.Globalization;

namespace Huizermaat.Approval.ChaosBench;

/// <summary>
/// The real local host (<c>Huizermaat.Approval.Local.dll</c>, built beside the benchmark) as a child process on one
/// fixed address (the mails' links point at it), killed with SIGKILL (no graceful shutdown) and started again on the
/// same task hub. Its output goes to a log file per seed, kept for a failing seed.
/// </summary>
public sealed class ChildHost : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string> settings;
    private readonly StreamWriter log;
    private readonly Lock gate = new();
    private Process? process;

    public ChildHost(Uri address, IReadOnlyDictionary<string, string> settings, string logPath)
    {
        Address = address;
        this.settings = settings;
        log = new StreamWriter(logPath) { AutoFlush = true };
    }

    public Uri Address { get; }

    /// <summary>When the running host was started.</summary>
    public DateTime StartedAt { get; private set; }

    public int Kills { get; private set; }

    public void Start()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Huizermaat.Approval.Local.dll"), "--urls", Address.ToString().TrimEnd('/'), "--environment", "Development" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        start.Environment["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ";
        start.Environment["Logging__Console__FormatterOptions__UseUtcTimestamp"] = "true";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Huizermaat"] = "Information";
        start.Environment["DOTNET_gcServer"] = "0";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var started = new Process { StartInfo = start };
        started.OutputDataReceived += (_, e) => Write(e.Data);
        started.ErrorDataReceived += (_, e) => Write(e.Data);
        started.Start();
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();
        lock (gate)
        {
            process = started;
            StartedAt = DateTime.UtcNow;
        }

        Write($"--- bench: started host process {started.Id} ---");
    }

    /// <summary>Kills the host at once, without warning, and starts a new one.</summary>
    public async Task KillAndRestartAsync(string reason)
    {
        Process? victim;
        lock (gate)
        {
            victim = process;
        }

        if (victim is null)
        {
            return;
        }

        victim.Kill(entireProcessTree: true);
        await victim.WaitForExitAsync();
        Kills++;
        Write($"--- bench: killed host process {victim.Id} ({reason}) ---");
        Progress.Say($"  kill {Kills.ToString(CultureInfo.InvariantCulture)}: {reason}");
        victim.Dispose();
        Start();
    }

    public async ValueTask DisposeAsync()
    {
        Process? running;
        lock (gate)
        {
            running = process;
            process = null;
        }

        if (running is not null)
        {
            if (!running.HasExited)
            {
                running.Kill(entireProcessTree: true);
            }

            await running.WaitForExitAsync();
            running.Dispose();
        }

        await log.DisposeAsync();
    }

    private void Write(string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                try
                {
                    log.WriteLine(line);
                }
                catch (ObjectDisposedException)
                {
                    // A line after the seed ended.
                }
            }
        }
    }
}
