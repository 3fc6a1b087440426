using Azure;
using Azure.Data.Tables;

namespace Huizermaat.Approval.Workflow.Storage;

/// <summary>Table <c>Channels</c>: partition = draft id, row = channel name; what was published where.</summary>
public sealed class ChannelStore(WorkflowStorage storage)
{
    public const string Published = "published";
    public const string Failed = "failed";
    public const string TakenDown = "taken-down";

    private TableClient Table => storage.Table(WorkflowStorage.ChannelsTable);

    public async Task SaveAsync(ChannelRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await Table.UpsertEntityAsync(
            new TableEntity(record.DraftId, record.Channel)
            {
                ["Revision"] = record.Revision,
                ["State"] = record.State,
                ["PostId"] = record.PostId,
                ["Url"] = record.Url?.ToString(),
                ["Error"] = record.Error,
                ["At"] = record.At,
            },
            TableUpdateMode.Replace,
            cancellationToken);
    }

    public async Task<ChannelRecord?> GetAsync(string draftId, string channel, CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> response = await Table.GetEntityIfExistsAsync<TableEntity>(draftId, channel, cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } row ? Read(row) : null;
    }

    public async Task<IReadOnlyList<ChannelRecord>> ListAsync(string draftId, CancellationToken cancellationToken)
    {
        var records = new List<ChannelRecord>();
        await foreach (var row in Table.QueryAsync<TableEntity>(e => e.PartitionKey == draftId, cancellationToken: cancellationToken))
        {
            records.Add(Read(row));
        }

        return records;
    }

    private static ChannelRecord Read(TableEntity row) => new(
        row.PartitionKey,
        row.RowKey,
        row.GetInt32("Revision") ?? 0,
        row.GetString("State"),
        row.GetString("PostId"),
        row.GetString("Url") is { } url ? new Uri(url) : null,
        row.GetString("Error"),
        row.GetDateTimeOffset("At") ?? default);
}
