namespace Huizermaat.Approval.ChaosBench;

/// <summary>
/// Kills the host on the seed's schedule, and at the moments the drafts' plans ask for (while a submission, revision,
/// publication or takedown is under way), during the chaos phase only. A host younger than <see cref="MinUptime"/> is
/// not killed for a plan's moment (it must be able to make progress); the scheduled kills always happen.
/// </summary>
public sealed class Killer(ChildHost host, IReadOnlyList<TimeSpan> schedule, TimeSpan chaos)
{
    private static readonly TimeSpan MinUptime = TimeSpan.FromSeconds(12);

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly DateTime started = DateTime.UtcNow;

    public bool InChaos => DateTime.UtcNow - started < chaos;

    public async Task RunScheduleAsync(CancellationToken cancellationToken)
    {
        foreach (var at in schedule)
        {
            var wait = started + at - DateTime.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            await KillAsync($"scheduled at {at.TotalSeconds:0} s", force: true);
        }
    }

    /// <summary>Kills the host <paramref name="delay"/> from now, without waiting for it.</summary>
    public void Soon(string reason, TimeSpan delay) => _ = Task.Run(async () =>
    {
        await Task.Delay(delay);
        await KillAsync($"{reason}, {delay.TotalMilliseconds:0} ms in", force: false);
    });

    private async Task KillAsync(string reason, bool force)
    {
        await gate.WaitAsync();
        try
        {
            if (InChaos && (force || DateTime.UtcNow - host.StartedAt >= MinUptime))
            {
                await host.KillAndRestartAsync(reason);
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
