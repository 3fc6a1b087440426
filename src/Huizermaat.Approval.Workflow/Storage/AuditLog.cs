using System.Text.Json;
using Azure.Data.Tables;

namespace Huizermaat.Approval.Workflow.Storage;

/// <summary>
/// The audit trail: table <c>Audit</c>, partition = draft id, row key = time + entry id (so rows sort by time); the
/// entry's facts as JSON in <c>Facts</c>.
/// </summary>
public sealed class AuditLog(WorkflowStorage storage)
{
    private TableClient Table => storage.Table(WorkflowStorage.AuditTable);

    public async Task AppendAsync(string draftId, AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await Table.UpsertEntityAsync(Row(draftId, entry), TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Every entry of the draft, by time; an entry written twice (a retried activity at another time) once, the first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string draftId, CancellationToken cancellationToken)
    {
        var entries = new List<AuditEntry>();
        await foreach (var row in Table.QueryAsync<TableEntity>(e => e.PartitionKey == draftId, cancellationToken: cancellationToken))
        {
            entries.Add(Read(row));
        }

        return [.. entries.DistinctBy(e => e.Id, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Replaces the entries <paramref name="rewrite"/> changes (it returns another entry with the same id): the retention
    /// rule takes the quoted text out of the trail. Returns how many changed.
    /// </summary>
    public async Task<int> RewriteAsync(string draftId, Func<AuditEntry, AuditEntry> rewrite, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rewrite);
        var changed = 0;
        await foreach (var row in Table.QueryAsync<TableEntity>(e => e.PartitionKey == draftId, cancellationToken: cancellationToken))
        {
            var entry = Read(row);
            var next = rewrite(entry);
            if (!ReferenceEquals(next, entry))
            {
                var replacement = Row(draftId, next);
                replacement.RowKey = row.RowKey;
                await Table.UpdateEntityAsync(replacement, row.ETag, TableUpdateMode.Replace, cancellationToken);
                changed++;
            }
        }

        return changed;
    }

    private static TableEntity Row(string draftId, AuditEntry entry) => new(draftId, $"{entry.At.UtcDateTime:yyyyMMddTHHmmssfffffff}-{entry.Id}")
    {
        ["At"] = entry.At,
        ["Actor"] = entry.Actor,
        ["Action"] = entry.Action,
        ["Detail"] = entry.Detail,
        ["EntryId"] = entry.Id,
        ["Facts"] = entry.Facts.Count == 0 ? null : JsonSerializer.Serialize(entry.Facts, StorageJson.Options),
    };

    private static AuditEntry Read(TableEntity row) =>
        new(row.GetString("EntryId"), row.GetDateTimeOffset("At")!.Value, row.GetString("Actor"), row.GetString("Action"), row.GetString("Detail"))
        {
            Facts = row.GetString("Facts") is { Length: > 0 } facts
                ? JsonSerializer.Deserialize<Dictionary<string, string>>(facts, StorageJson.Options) ?? []
                : new Dictionary<string, string>(),
        };
}
