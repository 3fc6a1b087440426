using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Events;
using Huizermaat.Approval.Workflow.Storage;

namespace Huizermaat.Approval.WorkflowBench;

/// <summary>
/// One real local host (sidecar, worker, client, web app) on its own task hub, whose storage requests all pass
/// through its own <see cref="CountingStorageProxy"/>. The bench watches it through a separate, uncounted
/// connection to Azurite (mailbox, published posts, the hub's Instances table), so watching costs the host nothing;
/// what the host itself does for a click (look the link up, raise the event) is counted.
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    private readonly WebApplication app;
    private readonly CountingStorageProxy proxy;
    private readonly TableServiceClient watch;

    private BenchHost(TaskHubSettings settings, string hubName, WebApplication app, CountingStorageProxy proxy, TableServiceClient watch)
    {
        Settings = settings;
        HubName = hubName;
        this.app = app;
        this.proxy = proxy;
        this.watch = watch;
    }

    public TaskHubSettings Settings { get; }

    public string HubName { get; }

    public RequestTally Requests => proxy.Tally;

    public static async Task<BenchHost> StartAsync(TaskHubSettings settings, string azurite)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var hubName = $"bench{Guid.NewGuid():N}"[..16];
        var proxy = await CountingStorageProxy.StartAsync(azurite);
        var app = Local.LocalHost.Build(
            ["--urls", "http://127.0.0.1:0", "--environment", "Development"],
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["ConnectionStrings:Storage"] = proxy.ConnectionString,
                    ["DurableTask:HubName"] = hubName,
                    ["DurableTask:StorageProvider:PartitionCount"] = settings.PartitionCount.ToString(CultureInfo.InvariantCulture),
                    ["DurableTask:StorageProvider:MaxQueuePollingInterval"] = settings.MaxQueuePollingInterval.ToString("c", CultureInfo.InvariantCulture),
                    ["Approval:QuietHoursStart"] = "00:00",
                    ["Approval:QuietHoursEnd"] = "00:00",
                });
                if (Environment.GetEnvironmentVariable("BENCH_HOST_LOGS") is not { Length: > 0 })
                {
                    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                    {
                        ["Logging:LogLevel:Default"] = "Warning",
                        ["Logging:LogLevel:Microsoft"] = "Error",
                        ["Logging:LogLevel:DurableTask"] = "Error",
                    });
                }

                // A host stopped with work in flight releases its leases gracefully; that may take longer than 30 s.
                builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMinutes(2));
            });
        await app.StartAsync();
        return new BenchHost(settings, hubName, app, proxy, new TableServiceClient(azurite));
    }

    /// <summary>Submits as the submit handler does: stores the revision and starts the instance.</summary>
    public Task SubmitAsync(Submission submission, CancellationToken cancellationToken) =>
        ActivatorUtilities.CreateInstance<ApprovalClient>(app.Services).SubmitAsync(submission, cancellationToken);

    /// <summary>The approval links mailed for each of the drafts (one per approver), once all have been sent.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> WaitForLinksAsync(
        IReadOnlyCollection<string> draftIds, TimeSpan patience, CancellationToken cancellationToken)
    {
        var mailbox = watch.GetTableClient(WorkflowStorage.DevMailboxTable);
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            var seen = new List<string>();
            var links = new Dictionary<string, Dictionary<string, string>>();
            var mails = draftIds.Count == 1
                ? mailbox.QueryAsync<TableEntity>(m => m.PartitionKey == draftIds.First(), cancellationToken: cancellationToken)
                : mailbox.QueryAsync<TableEntity>(cancellationToken: cancellationToken);
            await foreach (var mail in mails)
            {
                seen.Add($"{mail.GetString("Kind")} to {mail.GetString("To")}: {mail.GetString("Links")}");
                if (draftIds.Contains(mail.PartitionKey) && mail.GetString("To") is { } to && BenchPeople.Approvers.Contains(to)
                    && System.Text.Json.JsonSerializer.Deserialize<List<string>>(mail.GetString("Links") ?? "[]") is [var link])
                {
                    (links.TryGetValue(mail.PartitionKey, out var byApprover) ? byApprover : links[mail.PartitionKey] = [])[to] = link;
                }
            }

            if (links.Count == draftIds.Count && links.Values.All(l => l.Count == BenchPeople.Approvers.Count))
            {
                return links.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value.Values]);
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"{Settings.Label}: {links.Count} of {draftIds.Count} drafts had all approval mails after {patience}; mails seen: {string.Join("; ", seen.Take(12))}");
            }

            await Task.Delay(Poll, cancellationToken);
        }
    }

    /// <summary>The host's own services (its Durable Task client, stores).</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>
    /// An approver's click, as the link's POST handler does it: find the link by its token's hash, raise the decision
    /// event, answer. Returns how long the handler took (the time until the confirmation page).
    /// </summary>
    public async Task<TimeSpan> ApproveAsync(string draftId, string link, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var token = link[(link.LastIndexOf('/') + 1)..];
        var approval = await app.Services.GetRequiredService<ApprovalStore>().FindLinkAsync(ApprovalTokens.Hash(token), cancellationToken)
            ?? throw new InvalidOperationException($"No approval link stored for {link}.");
        var delivery = await ActivatorUtilities.CreateInstance<ApprovalClient>(app.Services).DecideAsync(
            draftId,
            new DecisionEvent(Guid.NewGuid().ToString("N"), approval.StepId, approval.HolderId, true, approval.ContentHash),
            cancellationToken);
        return delivery == EventDelivery.Delivered
            ? Stopwatch.GetElapsedTime(started)
            : throw new InvalidOperationException($"The decision for {draftId} was not delivered: {delivery}.");
    }

    /// <summary>Waits until every one of the instances has ended (the hub's Instances table says so).</summary>
    public async Task<IReadOnlyDictionary<string, string>> WaitForEndAsync(IReadOnlyCollection<string> draftIds, TimeSpan patience, CancellationToken cancellationToken)
    {
        var instances = watch.GetTableClient($"{HubName}Instances");
        var ended = new Dictionary<string, string>();
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            await foreach (var row in instances.QueryAsync<TableEntity>(select: ["PartitionKey", "RuntimeStatus"], cancellationToken: cancellationToken))
            {
                if (draftIds.Contains(row.PartitionKey) && row.GetString("RuntimeStatus") is "Completed" or "Failed" or "Terminated")
                {
                    ended[row.PartitionKey] = row.GetString("RuntimeStatus");
                }
            }

            if (ended.Count == draftIds.Count || DateTime.UtcNow > deadline)
            {
                return ended;
            }

            await Task.Delay(Poll, cancellationToken);
        }
    }

    /// <summary>What the development publisher recorded: draft id, channel, publish time and attempts, per post.</summary>
    public async Task<IReadOnlyList<PublishedRecord>> PublishedAsync(CancellationToken cancellationToken)
    {
        var published = watch.GetTableClient(WorkflowStorage.DevPublishedTable);
        var records = new List<PublishedRecord>();
        await foreach (var row in published.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            records.Add(new(row.GetString("DraftId"), row.PartitionKey, row.GetDateTimeOffset("PublishedAt") ?? default, row.GetInt32("Attempts") ?? 0));
        }

        return records;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        await proxy.DisposeAsync();
    }
}
