using System.Globalization;

namespace Huizermaat.Approval.WorkflowBench;

/// <summary>The figures as Markdown tables, ready for docs/workflow-benchmark.md.</summary>
internal static class Report
{
    public static void Write(TextWriter output, BenchArguments arguments, IReadOnlyList<SteadyResult> steady, IReadOnlyList<BurstResult> bursts)
    {
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(culture, $"## Steady state (idle window {arguments.Idle.TotalSeconds:0} s after {arguments.Settle.TotalSeconds:0} s settling; {arguments.Posts} approved post(s) of 3 approvals each)"));
        output.WriteLine();
        output.WriteLine("| Setting | Idle requests/hour | Requests/post (submit→end) | of which dev mail/publisher | Requests/post above idle, incl. back-off tail | Submit→approval mails (each post; the first after the idle window) | Click→confirmation (median / max) | Last approval→publish call (each post; the last after a quiet spell) |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in steady)
        {
            output.WriteLine(string.Create(culture,
                $"| {r.Settings.Label} ({r.Settings.Describe}) | {r.IdlePerHour:0} | {r.PerPostWindow:0} | {r.PerPostDevelopmentSinks:0} | {r.PerPostMarginal:0} | {string.Join(", ", r.SubmitToMailed.Select(Seconds))} | {Millis(Median(r.Confirmations))} / {Millis(Max(r.Confirmations))} | {string.Join(", ", r.LastApprovalToPublish.Select(Seconds))} |"));
        }

        output.WriteLine();
        output.WriteLine("Idle requests by resource (per window):");
        foreach (var r in steady)
        {
            output.WriteLine(string.Create(culture, $"- {r.Settings.Label}: {string.Join(", ", r.IdleByResource.Where(p => p.Value > 0).OrderByDescending(p => p.Value).Select(p => $"{Anonymous(p.Key)} {p.Value}"))}"));
        }

        if (bursts.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(string.Create(culture, $"## Burst ({arguments.Burst} drafts, 3 approvers each, clicks spread over {arguments.BurstWindow.TotalSeconds:0} s, one host)"));
        output.WriteLine();
        output.WriteLine("| Setting | Drafts | Clicks | Ended published | Each channel published exactly once | Submitting all | Total (first submit→last end) | Last click→all ended | Click→confirmation (median / p95 / max) | Requests/post |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var b in bursts)
        {
            output.WriteLine(string.Create(culture,
                $"| {b.Settings.Label} ({b.Settings.Describe}) | {b.Drafts} | {b.Clicks} | {b.Drafts - b.Problems.Count} | {b.PublishedOnce} | {Seconds(b.SubmitAll)} | {Seconds(b.Total)} | {Seconds(b.LastClickToAllEnded)} | {Millis(Median(b.Confirmations))} / {Millis(Percentile(b.Confirmations, 0.95))} / {Millis(Max(b.Confirmations))} | {b.RequestsPerPost:0} |"));
        }

        foreach (var problem in bursts.SelectMany(b => b.Problems.Take(10).Select(p => $"{b.Settings.Label}: {p}")))
        {
            output.WriteLine(string.Create(culture, $"- problem: {problem}"));
        }
    }

    /// <summary>The hub's resources without its random name: "bench1234abcdcontrol-00" becomes "{hub}-control-00".</summary>
    private static string Anonymous(string resource) =>
        resource.StartsWith("bench", StringComparison.OrdinalIgnoreCase) && resource.Length >= 16 ? "{hub}" + resource[16..] : resource;

    private static TimeSpan Median(IReadOnlyList<TimeSpan> values) => Percentile(values, 0.5);

    private static TimeSpan Max(IReadOnlyList<TimeSpan> values) => values.Count == 0 ? TimeSpan.Zero : values.Max();

    private static TimeSpan Percentile(IReadOnlyList<TimeSpan> values, double fraction)
    {
        if (values.Count == 0)
        {
            return TimeSpan.Zero;
        }

        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(fraction * sorted.Count) - 1)];
    }

    private static string Seconds(TimeSpan value) => string.Create(CultureInfo.InvariantCulture, $"{value.TotalSeconds:0.0} s");

    private static string Millis(TimeSpan value) => string.Create(CultureInfo.InvariantCulture, $"{value.TotalMilliseconds:0} ms");
}
