using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Publishing;
using Huizermaat.Approval.Workflow.Storage;

namespace Huizermaat.Approval.Workflow.Development;

/// <summary>
/// The publisher of a development host for a network without credentials: "publishes" into table
/// <c>DevPublished</c> (partition = channel, row = idempotency key). A second publish with the same key
/// returns the first post and counts the attempt, and a delete counts its deletions, so a duplicate shows.
/// </summary>
public sealed class DevelopmentPublisher(Channel channel, WorkflowStorage storage, Uri baseUrl, TimeProvider time) : IPublisher
{
    public Channel Channel => channel;

    private TableClient Table => storage.Table(WorkflowStorage.DevPublishedTable);

    public async Task<PublishedPost> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var existing = await GetRowAsync(request.IdempotencyKey, cancellationToken);
        if (existing is not null)
        {
            existing["Attempts"] = (existing.GetInt32("Attempts") ?? 1) + 1;
            await Table.UpdateEntityAsync(existing, existing.ETag, TableUpdateMode.Replace, cancellationToken);
            return ToPost(existing.RowKey);
        }

        await Table.AddEntityAsync(
            new TableEntity(channel.ToName(), request.IdempotencyKey)
            {
                ["DraftId"] = request.DraftId,
                ["Revision"] = request.Revision,
                ["Text"] = request.Text,
                ["Media"] = JsonSerializer.Serialize(request.Media, StorageJson.Options),
                ["PublishedAt"] = time.GetUtcNow(),
                ["Attempts"] = 1,
            },
            cancellationToken);
        return ToPost(request.IdempotencyKey);
    }

    public async Task<PublishedPost?> FindAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await GetRowAsync(request.IdempotencyKey, cancellationToken) is { } row && row.GetDateTimeOffset("DeletedAt") is null
            ? ToPost(row.RowKey)
            : null;
    }

    public async Task DeleteAsync(PublishedPost post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        if (await GetRowAsync(post.PostId, cancellationToken) is { } row)
        {
            row["DeletedAt"] = row.GetDateTimeOffset("DeletedAt") ?? time.GetUtcNow();
            row["Deletions"] = (row.GetInt32("Deletions") ?? 0) + 1;
            await Table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
        }
    }

    /// <summary>What this sink "published" (including posts taken down, with <c>DeletedAt</c> set).</summary>
    public async Task<IReadOnlyList<TableEntity>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in Table.QueryAsync<TableEntity>(e => e.PartitionKey == channel.ToName(), cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    private async Task<TableEntity?> GetRowAsync(string key, CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> response = await Table.GetEntityIfExistsAsync<TableEntity>(channel.ToName(), key, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    private PublishedPost ToPost(string key) =>
        new(channel, key, new Uri(baseUrl, $"api/dev/published/{channel.ToName()}/{Uri.EscapeDataString(key)}"));
}
