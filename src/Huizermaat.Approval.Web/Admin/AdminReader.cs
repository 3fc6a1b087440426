using Azure.Data.Tables;
using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Web.Mail;
using Huizermaat.Approval.Web.Rendering;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Web.Admin;

/// <summary>
/// Reads what the Beheer pages show from the workflow's read model (tables <c>Drafts</c>, <c>Approvals</c>,
/// <c>Channels</c>, <c>Audit</c>) and the Durable client (instances whose runtime status is Failed).
/// </summary>
public sealed class AdminReader(
    WorkflowStorage storage,
    DraftStateStore states,
    ApprovalStore approvals,
    ChannelStore channels,
    AuditLog audit,
    RosterStore roster,
    HandledFailureStore handled,
    UndeliveredMailStore undelivered,
    PostOpenings openings,
    DurableTaskClient durable,
    IOptions<ApprovalOptions> options,
    TimeProvider time)
{
    private const int MaxListed = 500;

    /// <summary>Stages after which nobody is asked anything any more.</summary>
    private static readonly HashSet<string> Ended = new(StringComparer.Ordinal)
    {
        ApprovalStages.Published, ApprovalStages.Rejected, ApprovalStages.ConsentRefused, ApprovalStages.Expired,
        ApprovalStages.Withdrawn, ApprovalStages.TakenDown,
    };

    public async Task<AdminOverview> OverviewAsync(string? stage, CancellationToken cancellationToken)
    {
        var people = await roster.LoadAsync(cancellationToken).ConfigureAwait(false);
        var names = Names(people);
        var drafts = new List<DraftState>();
        await foreach (var row in storage.Table(WorkflowStorage.DraftsTable)
            .QueryAsync<TableEntity>("RowKey eq 'state'", select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (await states.GetAsync(row.PartitionKey, cancellationToken).ConfigureAwait(false) is { } state)
            {
                drafts.Add(state);
            }
        }

        var now = time.GetUtcNow();
        var open = new List<ApprovalRecord>();
        await foreach (var row in storage.Table(WorkflowStorage.ApprovalsTable)
            .QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"State eq {ApprovalRecordStates.Requested}"), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (await approvals.GetAsync(row.PartitionKey, row.GetString("StepId"), row.GetString("HolderId"), cancellationToken).ConfigureAwait(false) is { } record)
            {
                open.Add(record);
            }
        }

        // Only requests of drafts still waiting count: a finished draft closes its requests, but be safe.
        var waiting = drafts.Where(d => d.Stage == ApprovalStages.AwaitingApprovals).Select(d => d.DraftId).ToHashSet(StringComparer.Ordinal);
        var overdue = open
            .Where(r => waiting.Contains(r.DraftId))
            .Select(r => (Record: r, Due: Due(r)))
            .Where(x => now >= x.Due)
            .Select(x => new OverdueStep(x.Record.DraftId, x.Record.StepId, names.GetValueOrDefault(x.Record.HolderId, x.Record.HolderId), x.Record.RequestedAt, x.Due, now >= x.Record.ExpiresAt))
            .OrderBy(o => o.DueAt)
            .ToList();

        var rows = drafts
            .Where(d => string.IsNullOrEmpty(stage) || d.Stage == stage)
            .OrderByDescending(d => d.UpdatedAt)
            .Take(MaxListed)
            .Select(d => new InstanceRow(
                d,
                names.GetValueOrDefault(d.AuthorId, d.AuthorId),
                open.Count(r => r.DraftId == d.DraftId && waiting.Contains(d.DraftId)),
                overdue.Count(o => o.DraftId == d.DraftId)))
            .ToList();
        var counts = drafts.GroupBy(d => d.Stage).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var underWay = drafts.Where(d => !Ended.Contains(d.Stage)).Select(d => d.DraftId).ToHashSet(StringComparer.Ordinal);
        var mails = (await undelivered.ListAsync(null, cancellationToken).ConfigureAwait(false))
            .Where(m => underWay.Contains(m.DraftId))
            .OrderByDescending(m => m.At)
            .Select(m => new UndeliveredRow(m.DraftId, UndeliveredMailView.From(m, people)))
            .ToList();
        var contested = drafts
            .SelectMany(d => d.Findings.Where(f => f.Contest is not null))
            .GroupBy(f => (f.Rule, Word: f.Contest!.Quote?.Trim().ToLowerInvariant()))
            .Select(g => new ContestedCount(g.Key.Rule, g.Key.Word, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Rule, StringComparer.Ordinal).ThenBy(c => c.Word, StringComparer.Ordinal)
            .ToList();
        var failures = await FailuresAsync(null, cancellationToken).ConfigureAwait(false);
        var shown = rows.Select(r => r.State.DraftId).Concat(overdue.Select(o => o.DraftId)).Concat(mails.Select(m => m.DraftId)).Concat(failures.Select(f => f.DraftId)).ToHashSet(StringComparer.Ordinal);
        var titles = (await openings.OpeningsAsync(drafts.Where(d => shown.Contains(d.DraftId)), cancellationToken).ConfigureAwait(false))
            .ToDictionary(StringComparer.Ordinal);
        foreach (var id in shown.Where(id => !titles.ContainsKey(id)))
        {
            titles[id] = PostOpenings.Missing;
        }

        return new AdminOverview(rows, counts, overdue, failures, names)
        {
            Undelivered = mails,
            Contested = contested,
            Titles = titles,
        };
    }

    public async Task<AuditView?> AuditAsync(string draftId, CancellationToken cancellationToken)
    {
        if (await states.GetAsync(draftId, cancellationToken).ConfigureAwait(false) is not { } state)
        {
            return null;
        }

        var people = await roster.LoadAsync(cancellationToken).ConfigureAwait(false);
        var names = Names(people);
        IReadOnlyList<Workflow.Storage.AuditEntry> entries = [.. (await audit.ListAsync(draftId, cancellationToken).ConfigureAwait(false)).OrderBy(e => e.At).ThenBy(e => e.Id, StringComparer.Ordinal)];
        return new AuditView(
            state,
            names.GetValueOrDefault(state.AuthorId, AdminText.Unknown),
            entries,
            [.. (await approvals.ListAsync(draftId, cancellationToken).ConfigureAwait(false)).OrderBy(a => a.RequestedAt)],
            await channels.ListAsync(draftId, cancellationToken).ConfigureAwait(false),
            await FailuresAsync(draftId, cancellationToken).ConfigureAwait(false),
            names)
        {
            Undelivered = [.. (await undelivered.ListAsync(draftId, cancellationToken).ConfigureAwait(false)).Select(m => UndeliveredMailView.From(m, people))],
            History = DraftHistory.Tell(entries, names),
            Title = await openings.OpeningAsync(state, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>Unhandled failures: Failed instances and channels recorded <c>failed</c> (of one draft, or all).</summary>
    public async Task<IReadOnlyList<FailureRow>> FailuresAsync(string? draftId, CancellationToken cancellationToken)
    {
        var failures = new List<FailureRow>();
        // The failure details travel with the outputs: without them every failure would read "onbekende fout".
        var query = new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Failed], InstanceIdPrefix = draftId, FetchInputsAndOutputs = true };
        await foreach (var instance in durable.GetAllInstancesAsync(query).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (draftId is not null && instance.InstanceId != draftId)
            {
                continue;
            }

            failures.Add(new FailureRow(instance.InstanceId, null, FailureText.Reason(instance), instance.LastUpdatedAt)
            {
                Summary = FailureText.Summary(instance),
            });
        }

        var filter = draftId is null
            ? TableClient.CreateQueryFilter($"State eq {ChannelStore.Failed}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {draftId} and State eq {ChannelStore.Failed}");
        await foreach (var row in storage.Table(WorkflowStorage.ChannelsTable).QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            failures.Add(new FailureRow(row.PartitionKey, row.RowKey, row.GetString("Error") ?? string.Empty, row.GetDateTimeOffset("At") ?? default));
        }

        var open = new List<FailureRow>();
        foreach (var failure in failures)
        {
            var handledAt = await handled.HandledAtAsync(failure.DraftId, failure.Channel ?? HandledFailureStore.InstanceItem, cancellationToken).ConfigureAwait(false);
            if (handledAt is null || handledAt < failure.At)
            {
                open.Add(failure);
            }
        }

        return [.. open.OrderByDescending(f => f.At)];
    }

    /// <summary>
    /// The reminder time (or the expiry, if earlier). A reminder overwrites the row's <c>RequestedAt</c> with its own time,
    /// so the first ask is the earlier of that and <c>ExpiresAt − ExpiryAfter</c> (see Admin/README.md).
    /// </summary>
    private DateTimeOffset Due(ApprovalRecord record)
    {
        var settings = options.Value;
        var fromExpiry = record.ExpiresAt - settings.ExpiryAfter;
        var firstAsked = fromExpiry < record.RequestedAt ? fromExpiry : record.RequestedAt;
        var reminder = firstAsked + settings.ReminderAfter;
        return reminder < record.ExpiresAt ? reminder : record.ExpiresAt;
    }

    /// <summary>Roster names by person id, and by e-mail address (an operator outside the roster's staff is recorded by it).</summary>
    private static Dictionary<string, string> Names(People.Roster people)
    {
        var names = people.People.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        foreach (var person in people.People.Where(p => p.Email is not null))
        {
            names.TryAdd(person.Email!, person.Name);
        }

        return names;
    }
}
