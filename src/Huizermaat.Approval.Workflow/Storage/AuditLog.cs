using Azure.Data.Tables;

namespace Huizermaat.Approval.Workflow.Storage;

/// <summary>The audit trail: table <c>Audit</c>, partition = draft id, row key = time + entry id (so rows sort by time).</summary>
public sealed class AuditLog(WorkflowStorage storage)
{
    private TableClient Table => storage.Table(WorkflowStorage.AuditTable);

    public async Task AppendAsync(string draftId, AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var row = new TableEntity(draftId, $"{entry.At.UtcDateTime:yyyyMMddTHHmmssfffffff}-{entry.Id}")
        {
            ["At"] = entry.At,
            ["Actor"] = entry.Actor,
            ["Action"] = entry.Action,
            ["Detail"] = entry.Detail,
            ["EntryId"] = entry.Id,
        };
        await Table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string draftId, CancellationToken cancellationToken)
    {
        var entries = new List<AuditEntry>();
        await foreach (var row in Table.QueryAsync<TableEntity>(e => e.PartitionKey == draftId, cancellationToken: cancellationToken))
        {
            entries.Add(new AuditEntry(
                row.GetString("EntryId"), row.GetDateTimeOffset("At")!.Value, row.GetString("Actor"), row.GetString("Action"), row.GetString("Detail")));
        }

        return entries;
    }
}
