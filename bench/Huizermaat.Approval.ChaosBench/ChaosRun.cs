using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Huizermaat.Approval.Testing;

namespace Huizermaat.Approval.ChaosBench;

/// <summary>
/// One seed: a fresh Azurite, a Mastodon fake and the local host as a child process; the drafts of the seed's plan flow
/// through the host's HTTP API while it is killed on the seed's schedule and at the plan's moments; then, without
/// kills, every draft must end as its scenario says, and nothing may exist twice.
/// </summary>
public sealed partial class ChaosRun
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);

    private readonly int seed;
    private readonly Users users;
    private readonly Watch watch;
    private readonly MastodonFake mastodon;
    private readonly Killer killer;
    private readonly DateTime settleBy;
    private readonly ConcurrentDictionary<int, string> draftIds = new();
    private readonly ConcurrentDictionary<int, string> ends = new();
    private readonly ConcurrentQueue<string> problems = new();

    private ChaosRun(int seed, ChaosArguments arguments, Users users, Watch watch, MastodonFake mastodon, Killer killer)
    {
        this.seed = seed;
        this.users = users;
        this.watch = watch;
        this.mastodon = mastodon;
        this.killer = killer;
        settleBy = DateTime.UtcNow + arguments.Chaos + arguments.Window + arguments.Settle;
    }

    public static async Task<SeedResult> RunAsync(int seed, ChaosArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var stopwatch = Stopwatch.StartNew();
        var plans = DraftPlan.Draw(seed, arguments);
        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        var log = Path.Combine(Path.GetTempPath(), $"chaos-seed-{seed}-{Guid.NewGuid():N}.log");
        try
        {
            await using var mastodon = await MastodonFake.StartAsync();
            var address = new Uri($"http://127.0.0.1:{FreePort()}/");
            var hub = $"chaos{seed}x{Guid.NewGuid():N}"[..16];
            var settings = new Dictionary<string, string>
            {
                ["ConnectionStrings:Storage"] = azurite.ConnectionString,
                ["DurableTask:HubName"] = hub,
                ["DurableTask:StorageProvider:PartitionCount"] = "1",
                ["DurableTask:StorageProvider:MaxQueuePollingInterval"] = "00:00:01",

                // What a killed host had taken from the queues is handed out again after these (5 minutes by default).
                ["DurableTask:StorageProvider:WorkItemQueueVisibilityTimeout"] = "00:00:10",
                ["DurableTask:StorageProvider:ControlQueueVisibilityTimeout"] = "00:00:30",
                ["Approval:QuietHoursStart"] = "00:00",
                ["Approval:QuietHoursEnd"] = "00:00",

                // Reminders come while approvers are still answering (their links replace the requests'); no escalation or expiry.
                ["Approval:ReminderAfter"] = "00:00:25",
                ["Approval:EscalationAfter"] = "01:00:00",
                ["Approval:ExpiryAfter"] = "02:00:00",
                ["Approval:PublishAttempts"] = "2",
                ["Approval:PublishFirstRetry"] = "00:00:01",
                ["Workflow:PublicBaseUrl"] = address.ToString(),
                ["Auth:Mode"] = "Development",
                ["Auth:DevelopmentOperators:0"] = DraftPlan.Operator,
                ["RateLimits:LinkRequestsPerMinute"] = "1000000",
                ["RateLimits:SubmissionsPerMinute"] = "1000000",
            };
            foreach (var (key, value) in mastodon.Settings)
            {
                settings[key] = value;
            }

            await using var host = new ChildHost(address, settings, log);
            host.Start();
            var watch = new Watch(azurite.ConnectionString);
            var users = new Users(address);
            var killer = new Killer(host, DraftPlan.KillSchedule(seed, arguments), arguments.Chaos);
            var run = new ChaosRun(seed, arguments, users, watch, mastodon, killer);
            var sampler = new TokenSampler(watch, address);
            using var stopSampling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var sampling = sampler.RunAsync(stopSampling.Token);
            var kills = killer.RunScheduleAsync(cancellationToken);
            await Task.WhenAll(plans.Select(plan => run.DriveAsync(plan, cancellationToken)));
            await kills;
            await stopSampling.CancelAsync();
            await sampling;
            using (var anonymous = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) })
            {
                await sampler.SampleAsync(anonymous, cancellationToken);
            }

            var result = await run.CollectAsync(plans, hub, host.Kills, sampler, stopwatch.Elapsed, log, cancellationToken);
            if (result.Passed)
            {
                File.Delete(log);
            }

            return result;
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }

    /// <summary>One draft, as its plan says; a failure is recorded as a problem of the seed, never thrown.</summary>
    private async Task DriveAsync(DraftPlan plan, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(plan.StartAt, cancellationToken);
            using var author = await users.BrowserAsync(plan.Author, cancellationToken);
            var mediaId = await users.UploadPhotoAsync(author, $"chaos-{seed}-{plan.Number}-photo", cancellationToken);
            if (plan.Scenario == Scenario.BeheerRetry)
            {
                mastodon.Fail(plan.FailureMarker(seed));
            }

            var draftId = await users.SendDraftAsync(
                author, Body(plan, 1, mediaId), $"chaos-{seed}-{plan.Number}-r1", null, KillOnce(plan.KillWhileSubmitting, "while submitting", plan), cancellationToken);
            draftIds[plan.Number] = draftId;
            var end = plan.Scenario switch
            {
                Scenario.Reject => await RejectAsync(plan, draftId, cancellationToken),
                Scenario.Revise => await ReviseAsync(plan, draftId, author, mediaId, cancellationToken),
                Scenario.Takedown => await TakedownAsync(plan, draftId, cancellationToken),
                Scenario.BeheerRetry => await BeheerRetryAsync(plan, draftId, cancellationToken),
                _ => await PublishAsync(plan, draftId, 1, cancellationToken),
            };
            ends[plan.Number] = end;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            problems.Enqueue($"draft {plan.Number} ({plan.Scenario}): {e.GetType().Name}: {e.Message}");
        }
    }

    private async Task<string> PublishAsync(DraftPlan plan, string draftId, int revision, CancellationToken cancellationToken)
    {
        await AnswerAsync(plan, draftId, revision, "approve", everyone: true, cancellationToken);
        KillOnce(plan.KillWhilePublishing, "while publishing", plan)?.Invoke();
        return await WaitForEndAsync(draftId, "published", cancellationToken);
    }

    private async Task<string> RejectAsync(DraftPlan plan, string draftId, CancellationToken cancellationToken)
    {
        await AnswerAsync(plan, draftId, 1, "reject", everyone: false, cancellationToken);
        return await WaitForEndAsync(draftId, "rejected", cancellationToken);
    }

    /// <summary>
    /// The manager approves the first version when someone else must still consent (otherwise it would be published),
    /// then the author sends a second: the approval given is void, everyone is asked again, and the second is published.
    /// </summary>
    private async Task<string> ReviseAsync(DraftPlan plan, string draftId, HttpClient author, string mediaId, CancellationToken cancellationToken)
    {
        if (plan.Pupil is not null)
        {
            await AnswerAsync(plan, draftId, 1, "approve", everyone: false, cancellationToken);
        }
        else
        {
            await RequestAsync(draftId, 1, "manager", cancellationToken);
        }

        await users.SendDraftAsync(author, Body(plan, 2, mediaId), $"chaos-{seed}-{plan.Number}-r2", draftId, KillOnce(plan.KillWhileRevising, "while revising", plan), cancellationToken);
        return await PublishAsync(plan, draftId, 2, cancellationToken);
    }

    /// <summary>Published, then the holder who consented takes it back through the link they consented with.</summary>
    private async Task<string> TakedownAsync(DraftPlan plan, string draftId, CancellationToken cancellationToken)
    {
        var links = await AnswerAsync(plan, draftId, 1, "approve", everyone: true, cancellationToken);
        KillOnce(plan.KillWhilePublishing, "while publishing", plan)?.Invoke();
        var published = await WaitForEndAsync(draftId, "published", cancellationToken);
        if (published != "published")
        {
            return published;
        }

        var consent = links.Single(l => l.Key != "manager").Value;
        var withdrawn = await users.PressAsync(consent, "withdraw-consent", cancellationToken);
        if (withdrawn != PressOutcome.Done)
        {
            throw new InvalidOperationException($"The consent link {consent} offered no withdrawal after publication.");
        }

        KillOnce(plan.KillWhileTakingDown, "while taking down", plan)?.Invoke();
        return await WaitForEndAsync(draftId, "taken-down", cancellationToken);
    }

    /// <summary>Mastodon refuses the post; once it has recovered, the operator retries from Beheer.</summary>
    private async Task<string> BeheerRetryAsync(DraftPlan plan, string draftId, CancellationToken cancellationToken)
    {
        await AnswerAsync(plan, draftId, 1, "approve", everyone: true, cancellationToken);
        var failed = await WaitForEndAsync(draftId, "publish-failed", cancellationToken);
        mastodon.Heal(plan.FailureMarker(seed));
        if (failed != "publish-failed")
        {
            return failed;
        }

        using var operatorBrowser = await users.BrowserAsync(DraftPlan.Operator, cancellationToken);
        while (!await users.RetryFromBeheerAsync(operatorBrowser, draftId, cancellationToken))
        {
            // The failure shows once Beheer reads the failed channel; the page may also have come from a host still starting.
            Assert(DateTime.UtcNow < settleBy, $"Beheer never offered to retry {draftId}.");
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }

        KillOnce(plan.KillWhilePublishing, "while publishing again from Beheer", plan)?.Invoke();
        return await WaitForEndAsync(draftId, "published", cancellationToken);
    }

    /// <summary>
    /// The approvers of one revision answer, each after their delay: the manager, and (when <paramref name="everyone"/>)
    /// one of the holders asked for the pupil's consent. Each presses the link of the newest mail they got for the
    /// step; a link replaced by a reminder's sends them to the newer mail. Returns the link each step was answered with.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, Uri>> AnswerAsync(DraftPlan plan, string draftId, int revision, string managerDecision, bool everyone, CancellationToken cancellationToken)
    {
        var steps = new List<(string StepId, string Decision, TimeSpan Delay)> { ("manager", managerDecision, plan.AnswerDelays[0]) };
        if (everyone && plan.Pupil is not null)
        {
            steps.Add(($"consent:{plan.Pupil}", "approve", plan.AnswerDelays[1]));
        }

        var answered = await Task.WhenAll(steps.Select(async step =>
        {
            var holders = (await RequestAsync(draftId, revision, step.StepId, cancellationToken)).Select(m => m.To).Distinct().Order(StringComparer.Ordinal).ToList();
            var holder = holders[plan.HolderPick % holders.Count];
            await Task.Delay(step.Delay, cancellationToken);
            while (true)
            {
                var newest = (await RequestAsync(draftId, revision, step.StepId, cancellationToken)).Last(m => m.To == holder).Link!;
                if (await users.PressAsync(newest, step.Decision, cancellationToken) == PressOutcome.Done)
                {
                    return (step.StepId, newest);
                }

                // Replaced by a newer link: wait for its mail.
                while ((await RequestAsync(draftId, revision, step.StepId, cancellationToken)).Last(m => m.To == holder).Link == newest)
                {
                    Assert(DateTime.UtcNow < settleBy, $"{holder}'s link for {step.StepId} of {draftId} stopped working and no newer one came.");
                    await Task.Delay(Poll, cancellationToken);
                }
            }
        }));
        return answered.ToDictionary(a => a.StepId, a => a.newest);
    }

    /// <summary>The mails with a link asking about <paramref name="stepId"/> of the revision, oldest first, once there is one.</summary>
    private async Task<IReadOnlyList<Mail>> RequestAsync(string draftId, int revision, string stepId, CancellationToken cancellationToken)
    {
        var revisionPart = $".r{revision}.";
        while (true)
        {
            var mails = (await watch.MailsAsync(draftId, cancellationToken))
                .Where(m => m.StepId == stepId && m.Link is not null && m.MessageId.Contains(revisionPart, StringComparison.Ordinal))
                .ToList();
            if (mails.Count > 0)
            {
                return mails;
            }

            Assert(DateTime.UtcNow < settleBy, $"No request for {stepId} of revision {revision} of {draftId} came.");
            await Task.Delay(Poll, cancellationToken);
        }
    }

    /// <summary>Waits until the draft is in <paramref name="expected"/>, or ended otherwise; returns its stage.</summary>
    private async Task<string> WaitForEndAsync(string draftId, string expected, CancellationToken cancellationToken)
    {
        // Stages a draft does not leave (a failed publication is retried from Beheer; a published one may be taken down).
        string[] final = expected == "taken-down"
            ? ["rejected", "consent-refused", "expired", "withdrawn"]
            : ["published", "rejected", "consent-refused", "expired", "withdrawn", "taken-down"];
        while (true)
        {
            var stage = (await watch.StageAsync(draftId, cancellationToken))?.Stage;
            if (stage == expected || (stage is not null && final.Contains(stage)))
            {
                return stage;
            }

            Assert(DateTime.UtcNow < settleBy, $"{draftId} is still {stage ?? "unknown"}, waiting for {expected}.");
            await Task.Delay(Poll, cancellationToken);
        }
    }

    /// <summary>The plan's kill at this moment, once (a request sent again does not kill again).</summary>
    private Action? KillOnce(bool planned, string moment, DraftPlan plan)
    {
        if (!planned)
        {
            return null;
        }

        var done = 0;
        return () =>
        {
            if (Interlocked.Exchange(ref done, 1) == 0)
            {
                killer.Soon($"draft {plan.Number} {moment}", plan.KillDelay);
            }
        };
    }

    private object Body(DraftPlan plan, int revision, string mediaId) => new
    {
        text = plan.Text(seed, revision),
        capacity = "official",
        channels = plan.Channels,
        acknowledgedPermanence = true,
        media = new[]
        {
            new
            {
                kind = "photo",
                fileName = "sportdag.png",
                people = plan.Pupil is null ? Array.Empty<string>() : [plan.Pupil],
                noIdentifiablePeople = plan.Pupil is null,
                ownWork = true,
                creator = (string?)null,
                creatorPermission = false,
            },
        },
        mediaIds = new[] { mediaId },
    };

    /// <summary>Counts what exists now: drafts, posts, deletions, mails and live links, and every double among them.</summary>
    private async Task<SeedResult> CollectAsync(
        IReadOnlyList<DraftPlan> plans, string hub, int kills, TokenSampler sampler, TimeSpan duration, string log, CancellationToken cancellationToken)
    {
        var doubles = new List<string>();
        var found = new List<string>(problems);
        var instances = await watch.ApprovalInstancesAsync(hub, cancellationToken);
        if (instances.Count != plans.Count)
        {
            doubles.Add($"{instances.Count} drafts exist for {plans.Count} submitted: {string.Join(", ", instances.Except(draftIds.Values))} were not answered to any author");
        }

        var mails = await watch.MailsAsync(null, cancellationToken);
        doubles.AddRange(mails.Where(m => m.Deliveries > 1).Select(m => $"mail {m.MessageId} delivered {m.Deliveries} times"));
        doubles.AddRange(sampler.Doubles);

        // Posts: the development publisher's (per draft and channel) and Mastodon's (per draft, by its text).
        var posts = (await watch.PostsAsync(cancellationToken)).Select(p => (p.DraftId, p.Channel, p.Deleted, p.Deletions, p.Text)).ToList();
        var numberToId = draftIds.ToDictionary(p => p.Key, p => p.Value);
        posts.AddRange(mastodon.Statuses.Select(s => (
            DraftNumber().Match(s.Text) is { Success: true } m && numberToId.TryGetValue(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), out var id) ? id : "?",
            "mastodon",
            s.Deleted,
            mastodon.Deletes.GetValueOrDefault(s.Id),
            s.Text)));
        doubles.AddRange(posts.GroupBy(p => (p.DraftId, p.Channel)).Where(g => g.Count() > 1).Select(g => $"{g.Count()} posts of {g.Key.DraftId} on {g.Key.Channel}"));

        // A delete repeated after a kill (the post was removed, its record not yet written) finds the post gone: the
        // network answers 404 (the development sink changes nothing) and the app takes it as done. It is counted,
        // not failed: the post was removed once.
        var repeatedDeletes = posts.Sum(p => Math.Max(0, p.Deletions - 1));

        foreach (var plan in plans)
        {
            if (!draftIds.TryGetValue(plan.Number, out var draftId))
            {
                continue; // its problem is recorded
            }

            var expected = plan.Scenario switch { Scenario.Reject => "rejected", Scenario.Takedown => "taken-down", _ => "published" };
            var end = ends.GetValueOrDefault(plan.Number);
            if (end is not null && end != expected)
            {
                found.Add($"draft {plan.Number} ({plan.Scenario}) ended {end}, not {expected}");
            }

            var own = posts.Where(p => p.DraftId == draftId).ToList();
            var channels = own.Select(p => p.Channel).Distinct().Order(StringComparer.Ordinal);
            if (expected != "rejected" && !channels.SequenceEqual(plan.Channels.Order(StringComparer.Ordinal)))
            {
                found.Add($"draft {plan.Number} ({plan.Scenario}) is on {string.Join(",", channels)}, not {string.Join(",", plan.Channels.Order(StringComparer.Ordinal))}");
            }

            if (expected == "rejected" && own.Count > 0)
            {
                found.Add($"draft {plan.Number} was rejected but posted on {string.Join(",", channels)}");
            }

            if (expected == "taken-down" && own.Any(p => !p.Deleted))
            {
                found.Add($"draft {plan.Number} was taken down but is still on {string.Join(",", own.Where(p => !p.Deleted).Select(p => p.Channel))}");
            }

            if (expected != "taken-down" && own.Any(p => p.Deleted))
            {
                found.Add($"draft {plan.Number} ({plan.Scenario}) was not taken down but was removed from {string.Join(",", own.Where(p => p.Deleted).Select(p => p.Channel))}");
            }

            if (plan.Scenario == Scenario.Revise && own.Any(p => !p.Text.Contains("(versie 2)", StringComparison.Ordinal)))
            {
                found.Add($"draft {plan.Number} was revised but its first version was posted");
            }
        }

        return new SeedResult(
            seed,
            plans.Count,
            instances.Count,
            kills,
            duration,
            posts.GroupBy(p => p.Channel).ToDictionary(g => g.Key, g => g.Count()),
            posts.Count(p => p.Deleted),
            repeatedDeletes,
            mails.Count,
            mails.Select(m => m.Deliveries).DefaultIfEmpty(0).Max(),
            sampler.MostLive,
            sampler.Samples,
            users.Retries,
            ends.Values.GroupBy(e => e).ToDictionary(g => g.Key, g => g.Count()),
            doubles,
            found,
            log);
    }

    private static void Assert(bool condition, string problem)
    {
        if (!condition)
        {
            throw new TimeoutException(problem);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"Sportdag \d+-(\d+)")]
    private static partial Regex DraftNumber();
}
