using System.Diagnostics;
using System.Security.Cryptography;
using Huizermaat.Approval.Workflow;
using Microsoft.DurableTask.Client;

namespace Huizermaat.Approval.WorkflowBench;

/// <summary>
/// Many drafts on one host: all submitted at once, then every approver clicks at a random moment within the window.
/// Passes when every instance ends published with each channel published exactly once.
/// </summary>
internal static class BurstScenario
{
    private const int SubmitParallelism = 16;

    public static async Task<BurstResult> RunAsync(TaskHubSettings settings, string azurite, BenchArguments arguments, CancellationToken cancellationToken)
    {
        await using var host = await BenchHost.StartAsync(settings, azurite);
        var drafts = Enumerable.Range(0, arguments.Burst).Select(_ => BenchPeople.Draft()).ToList();
        var ids = drafts.Select(d => d.DraftId).ToHashSet();
        var start = host.Requests.Snapshot();
        var total = Stopwatch.StartNew();

        await Parallel.ForEachAsync(
            drafts,
            new ParallelOptions { MaxDegreeOfParallelism = SubmitParallelism, CancellationToken = cancellationToken },
            async (draft, token) => await host.SubmitAsync(draft, token));
        var submitAll = total.Elapsed;
        Progress.Say($"{settings.Label}: burst of {drafts.Count} submitted in {submitAll.TotalSeconds:0} s");

        var links = await host.WaitForLinksAsync(ids, TimeSpan.FromMinutes(10), cancellationToken);
        Progress.Say($"{settings.Label}: all {links.Values.Sum(l => l.Count)} approval mails sent after {total.Elapsed.TotalSeconds:0} s; clicking");
        var clicks = links.SelectMany(d => d.Value.Select(link => (DraftId: d.Key, Link: link))).ToList();
        var lastClick = TimeSpan.Zero;
        var confirmations = await Task.WhenAll(clicks.Select(async click =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(RandomNumberGenerator.GetInt32((int)Math.Max(arguments.BurstWindow.TotalMilliseconds, 1))), cancellationToken);
            var confirmation = await host.ApproveAsync(click.DraftId, click.Link, cancellationToken);
            lastClick = total.Elapsed;
            return confirmation;
        }));
        Progress.Say($"{settings.Label}: all {clicks.Count} approvals confirmed after {total.Elapsed.TotalSeconds:0} s");

        var ended = await host.WaitForEndAsync(ids, TimeSpan.FromMinutes(15), cancellationToken);
        var elapsed = total.Elapsed;
        var requests = host.Requests.Snapshot().Since(start);

        var problems = new List<string>();
        var client = host.Services.GetRequiredService<DurableTaskClient>();
        foreach (var id in ids)
        {
            var instance = await client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellationToken);
            if (instance?.ReadOutputAs<ApprovalResult>()?.Stage is not ApprovalStages.Published)
            {
                problems.Add($"{id}: {instance?.RuntimeStatus.ToString() ?? "missing"} {instance?.SerializedOutput}");
            }
        }

        var posts = (await host.PublishedAsync(cancellationToken)).Where(p => ids.Contains(p.DraftId)).ToList();
        var once = posts.GroupBy(p => p.DraftId)
            .Count(g => g.Count() == BenchPeople.Channels.Count && g.Select(p => p.Channel).Distinct().Count() == g.Count() && g.All(p => p.Attempts == 1));
        return new BurstResult(
            settings,
            drafts.Count,
            clicks.Count,
            ended.Count(e => e.Value == "Completed"),
            once,
            problems,
            submitAll,
            elapsed,
            elapsed - lastClick,
            confirmations,
            (double)requests.Total / Math.Max(drafts.Count, 1));
    }
}
