using System.Globalization;

namespace Huizermaat.Approval.ChaosBench;

/// <summary>The run's report on standard output: a Markdown table per seed, the totals, and every double or problem.</summary>
internal static class Report
{
    public static void Write(TextWriter output, ChaosArguments arguments, IReadOnlyList<SeedResult> results)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine($"Chaos run: {results.Count} seed(s), {arguments.Drafts} drafts each over {arguments.Window.TotalSeconds:0} s, kills every {arguments.KillEvery.Min}-{arguments.KillEvery.Max} s during the first {arguments.Chaos.TotalSeconds:0} s (and at the plans' moments)");
        output.WriteLine();
        output.WriteLine("| seed | drafts | drafts made | kills | minutes | posts per channel | deletions (repeated delete calls) | mails (most per id) | most live links per step and holder | retried requests | ends | doubles | problems |");
        output.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var r in results)
        {
            var posts = string.Join(" ", r.PostsPerChannel.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"));
            var ends = string.Join(" ", r.Ends.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"));
            output.WriteLine(string.Create(c, $"| {r.Seed} | {r.Drafts} | {r.Instances} | {r.Kills} | {r.Duration.TotalMinutes:0.0} | {posts} | {r.Deletions} ({r.RepeatedDeletes}) | {r.Mails} ({r.MostDeliveriesPerMessage}) | {r.MostLiveTokens} ({r.TokenSamples} samples) | {r.Retries} | {ends} | {r.Doubles.Count} | {r.Problems.Count} |"));
        }

        output.WriteLine();
        output.WriteLine(string.Create(c, $"Total: {results.Sum(r => r.Drafts)} drafts, {results.Sum(r => r.Kills)} kills, {results.Sum(r => r.PostsPerChannel.Values.Sum())} posts, {results.Sum(r => r.Deletions)} deletions ({results.Sum(r => r.RepeatedDeletes)} delete calls repeated after a kill, answered 'not found'), {results.Sum(r => r.Mails)} mails; {results.Sum(r => r.Doubles.Count)} doubles, {results.Sum(r => r.Problems.Count)} problems; {results.Count(r => r.Passed)} of {results.Count} seeds passed"));
        foreach (var r in results.Where(r => !r.Passed))
        {
            output.WriteLine();
            output.WriteLine($"Seed {r.Seed} failed (replay: --seeds {r.Seed}; the host's log: {r.Log}):");
            foreach (var line in r.Doubles.Select(d => "double: " + d).Concat(r.Problems))
            {
                output.WriteLine($"- {line}");
            }
        }
    }
}
