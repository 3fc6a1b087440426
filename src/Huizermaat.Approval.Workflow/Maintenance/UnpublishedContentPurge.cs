using Azure;
using Azure.Data.Tables;
using Huizermaat.Approval.Media;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Workflow.Maintenance;

/// <summary>
/// Deletes the content of drafts that ended without staying online (rejected, consent refused, expired, withdrawn,
/// taken down), <see cref="RetentionOptions.UnpublishedContent"/> after they ended: their photos, videos and
/// recordings, every submitted revision (text, people shown, media ids), the findings (they quote the text; also in
/// the audit trail, where the rules stay) and, in
/// Development, the mailbox's and the publishing sink's copies. The draft's state row (stage, decision, end time) and
/// its audit trail stay, with one more entry saying what was deleted; the row is marked
/// (<see cref="DraftState.ContentDeletedAt"/>) so that the pages say so and the job skips it afterwards. A photo that a
/// kept draft also uses stays; of a kept draft that can no longer be revised (published), only the copies shown are in
/// use, not the uploads their faces were blurred from, which the uploads' sweep then deletes. Then every <see cref="IRetentionParticipant"/> sweeps what it keeps (uploads that no draft
/// uses, such as photos of a draft never sent, go after the same period). Reads every kept draft's revisions once a day
/// to know which media are in use. Runs daily with <see cref="HistoryPurge"/>.
/// </summary>
public sealed partial class UnpublishedContentPurge(
    WorkflowStorage storage,
    DraftStateStore states,
    SubmissionStore submissions,
    IMediaStore media,
    AuditLog audit,
    IEnumerable<IRetentionParticipant> participants,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<UnpublishedContentPurge> logger)
{
    public const string JobName = "PurgeUnpublishedContent";

    /// <summary>The audit action of a purge (actor <c>system</c>).</summary>
    public const string AuditAction = "retention:content-deleted";

    private static readonly HashSet<string> EndedOffline = new(StringComparer.Ordinal)
    {
        ApprovalStages.Rejected, ApprovalStages.ConsentRefused, ApprovalStages.Expired, ApprovalStages.Withdrawn, ApprovalStages.TakenDown,
    };

    /// <summary>The stages in which the author may still revise a draft: only then is the upload a blurred copy was made from kept.</summary>
    private static readonly HashSet<string> Revisable = new(StringComparer.Ordinal)
    {
        ApprovalStages.Checking, ApprovalStages.NeedsChanges, ApprovalStages.AwaitingApprovals, ApprovalStages.Approved, ApprovalStages.Scheduled,
    };

    /// <returns>How many drafts lost their content in this run.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var retention = options.Value.UnpublishedContent;
        var due = new List<DraftState>();
        var kept = new List<DraftState>();
        await foreach (var row in storage.Table(WorkflowStorage.DraftsTable)
            .QueryAsync<TableEntity>("RowKey eq 'state'", select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var state = await states.GetAsync(row.PartitionKey, cancellationToken).ConfigureAwait(false);
            if (state is not { ContentDeletedAt: null })
            {
                continue;
            }

            if (EndedOffline.Contains(state.Stage) && now - state.UpdatedAt >= retention)
            {
                due.Add(state);
            }
            else
            {
                kept.Add(state);
            }
        }

        var inUse = new HashSet<string>(StringComparer.Ordinal);
        foreach (var state in kept)
        {
            var revisable = Revisable.Contains(state.Stage);
            inUse.UnionWith((await submissions.ListAsync(state.DraftId, cancellationToken).ConfigureAwait(false)).SelectMany(r => MediaRetention.HeldBy(r, revisable)));
        }

        foreach (var state in due)
        {
            var revisions = await submissions.ListAsync(state.DraftId, cancellationToken).ConfigureAwait(false);
            var candidate = new EndedDraft(state.DraftId, state.UpdatedAt, Published: false, [.. revisions.SelectMany(r => MediaRetention.HeldBy(r, revisable: true))]);

            var deletedMedia = await MediaRetention.PurgeAsync(media, [candidate], now, retention, inUse, cancellationToken).ConfigureAwait(false);
            var deletedRevisions = await submissions.DeleteAllAsync(state.DraftId, cancellationToken).ConfigureAwait(false);
            await DeleteDevelopmentCopiesAsync(state.DraftId, cancellationToken).ConfigureAwait(false);
            await states.SaveAsync(state with { Findings = [], ContentDeletedAt = now }, cancellationToken).ConfigureAwait(false);
            await audit.RewriteAsync(state.DraftId, WithoutQuotes, cancellationToken).ConfigureAwait(false);
            await audit.AppendAsync(
                state.DraftId,
                new AuditEntry(
                    "retention-content-deleted",
                    now,
                    AuditActors.System,
                    AuditAction,
                    $"{deletedRevisions} revision(s) (text, people shown) and {deletedMedia.Count} media item(s) deleted {retention.TotalDays:0} days after the draft ended ({state.Stage})")
                {
                    Facts = new Dictionary<string, string>
                    {
                        [AuditFacts.Revisions] = deletedRevisions.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        [AuditFacts.Media] = deletedMedia.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    },
                },
                cancellationToken).ConfigureAwait(false);
            LogPurged(state.DraftId, deletedRevisions, deletedMedia.Count);
        }

        foreach (var participant in participants)
        {
            var swept = await participant.PurgeAsync(now, retention, inUse, cancellationToken).ConfigureAwait(false);
            LogSwept(participant.GetType().Name, swept);
        }

        var purged = due.Count;
        LogDone(purged);
        return purged;
    }

    /// <summary>
    /// The audit trail keeps what happened, not the post: a check's finding messages and a contested block's quote and
    /// detail may quote the text, so they go with it (the rules stay).
    /// </summary>
    private static AuditEntry WithoutQuotes(AuditEntry entry)
    {
        if (entry.Action == Activities.CheckRevision.CheckedAction && entry.Facts.TryGetValue(AuditFacts.Findings, out var json))
        {
            var findings = System.Text.Json.JsonSerializer.Deserialize<List<AuditedFinding>>(json, StorageJson.Options) ?? [];
            return entry with
            {
                Facts = new Dictionary<string, string>(entry.Facts)
                {
                    [AuditFacts.Findings] = System.Text.Json.JsonSerializer.Serialize(findings.Select(f => f with { Message = string.Empty }), StorageJson.Options),
                },
            };
        }

        if (entry.Action == Activities.CheckRevision.ContestedAction)
        {
            return entry with
            {
                Detail = entry.Facts.GetValueOrDefault(AuditFacts.Rule, "contested"),
                Facts = new Dictionary<string, string>(entry.Facts) { [AuditFacts.Quote] = string.Empty, [AuditFacts.Comment] = string.Empty },
            };
        }

        return entry;
    }

    /// <summary>The development mailbox's mails quote the text, the development sink keeps what it "published".</summary>
    private async Task DeleteDevelopmentCopiesAsync(string draftId, CancellationToken cancellationToken)
    {
        await DeleteRowsAsync(WorkflowStorage.DevMailboxTable, TableClient.CreateQueryFilter($"PartitionKey eq {draftId}"), cancellationToken).ConfigureAwait(false);
        await DeleteRowsAsync(WorkflowStorage.DevPublishedTable, TableClient.CreateQueryFilter($"DraftId eq {draftId}"), cancellationToken).ConfigureAwait(false);
    }

    private async Task DeleteRowsAsync(string tableName, string filter, CancellationToken cancellationToken)
    {
        var table = storage.Table(tableName);
        try
        {
            await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // The table does not exist outside Development: nothing to delete.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted the content of draft {DraftId}: {Revisions} revisions and {Media} media items")]
    private partial void LogPurged(string draftId, int revisions, int media);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted the content of {Count} drafts that ended without staying online")]
    private partial void LogDone(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Participant} deleted {Count} items no kept draft uses")]
    private partial void LogSwept(string participant, int count);
}
