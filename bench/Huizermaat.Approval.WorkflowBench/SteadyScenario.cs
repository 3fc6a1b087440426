using System.Diagnostics;
using Huizermaat.Approval.Workflow;

namespace Huizermaat.Approval.WorkflowBench;

/// <summary>
/// One setting on its own host: settle, an idle window (scaled to an hour), then approved posts one after another,
/// each approved by its three approvers as soon as their mails arrive, then a tail as long as the settling time so
/// that the back-off after the last post is paid for too. The first submission comes after the idle window and the
/// last post's last approval after a quiet spell as long as the settling time, so those two meet a backed-off poller.
/// </summary>
internal static class SteadyScenario
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    public static async Task<SteadyResult> RunAsync(TaskHubSettings settings, string azurite, BenchArguments arguments, CancellationToken cancellationToken)
    {
        await using var host = await BenchHost.StartAsync(settings, azurite);
        await Task.Delay(arguments.Settle, cancellationToken);

        var idleStart = host.Requests.Snapshot();
        var idleClock = Stopwatch.StartNew();
        await Task.Delay(arguments.Idle, cancellationToken);
        var idle = host.Requests.Snapshot().Since(idleStart);
        var idlePerSecond = idle.Total / idleClock.Elapsed.TotalSeconds;
        Progress.Say($"{settings.Label}: idle {idle.Total} requests in {idleClock.Elapsed.TotalSeconds:0} s");

        var phaseStart = host.Requests.Snapshot();
        var phaseClock = Stopwatch.StartNew();
        var windows = new List<RequestSnapshot>();
        var mailed = new List<TimeSpan>();
        var confirmations = new List<TimeSpan>();
        var toPublish = new List<TimeSpan>();
        for (var i = 0; i < arguments.Posts; i++)
        {
            var draft = BenchPeople.Draft();
            var before = host.Requests.Snapshot();
            var submitted = Stopwatch.StartNew();
            await host.SubmitAsync(draft, cancellationToken);
            var links = (await host.WaitForLinksAsync([draft.DraftId], Patience, cancellationToken))[draft.DraftId];
            mailed.Add(submitted.Elapsed);

            var lastClick = DateTimeOffset.UtcNow;
            for (var approver = 0; approver < links.Count; approver++)
            {
                if (i == arguments.Posts - 1 && approver == links.Count - 1)
                {
                    // The last approval of the last post comes after a quiet spell, as real approvals do: the
                    // queues' polling has backed off towards its maximum interval by then.
                    await Task.Delay(arguments.Settle, cancellationToken);
                }

                lastClick = DateTimeOffset.UtcNow;
                confirmations.Add(await host.ApproveAsync(draft.DraftId, links[approver], cancellationToken));
            }

            var ended = await host.WaitForEndAsync([draft.DraftId], Patience, cancellationToken);
            windows.Add(host.Requests.Snapshot().Since(before));
            var published = (await host.PublishedAsync(cancellationToken)).Where(p => p.DraftId == draft.DraftId).ToList();
            if (ended.GetValueOrDefault(draft.DraftId) != "Completed" || published.Count != BenchPeople.Channels.Count)
            {
                throw new InvalidOperationException($"{settings.Label}: draft {draft.DraftId} ended {ended.GetValueOrDefault(draft.DraftId, "not at all")} with {published.Count} posts.");
            }

            toPublish.Add(published.Min(p => p.PublishedAt) - lastClick);
            Progress.Say($"{settings.Label}: post {i + 1} published {toPublish[^1].TotalSeconds:0.0} s after the last approval, {windows[^1].Total} requests");
        }

        await Task.Delay(arguments.Settle, cancellationToken);
        var phase = host.Requests.Snapshot().Since(phaseStart);
        var postCount = Math.Max(arguments.Posts, 1);

        // The last post's window holds its quiet spell's idle polling too: leave it out of the per-post window
        // when there are others (the figure above idle covers every post).
        var brisk = windows.Count > 1 ? windows.Take(windows.Count - 1).ToList() : windows;
        return new SteadyResult(
            settings,
            idlePerSecond * 3600,
            brisk.Count == 0 ? 0 : brisk.Average(w => w.Total),
            (phase.Total - (idlePerSecond * phaseClock.Elapsed.TotalSeconds)) / postCount,
            brisk.Count == 0 ? 0 : brisk.Average(w => w.DevelopmentSinks),
            mailed,
            confirmations,
            toPublish,
            idle.ByResource);
    }
}
