using Azure;
using Azure.Data.Tables;
using Huizermaat.Approval.Web.Storage;

namespace Huizermaat.Approval.Web.Idempotency;

/// <summary>
/// Table <c>IdempotencyKeys</c> (partition = the user's person id, row = the key): one row per key a user sent. The
/// row is added (atomically: a second add of the same key conflicts) as "in progress" before the request changes
/// anything, and holds what it made once it succeeded; a request that was refused, or failed, removes it again.
/// </summary>
public sealed class IdempotencyStore(WebTables tables)
{
    private TableClient Table => tables.Get(WebTables.IdempotencyKeysTable);

    public async Task<IdempotencyRecord?> GetAsync(string userId, string key, CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> row = await Table.GetEntityIfExistsAsync<TableEntity>(Partition(userId), key, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value is { } entity ? Read(userId, entity) : null;
    }

    /// <returns>False when the key was claimed before (by this request's twin).</returns>
    public async Task<bool> TryAddAsync(IdempotencyRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        try
        {
            await Table.AddEntityAsync(Entity(record), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Replaces the row if it is still the one read (its ETag).</summary>
    /// <returns>False when another request changed or removed it first.</returns>
    public async Task<bool> TryReplaceAsync(IdempotencyRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        try
        {
            await Table.UpdateEntityAsync(Entity(record), record.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }

    /// <summary>Stores what the request made: from now on a repeat answers with it.</summary>
    public async Task CompleteAsync(IdempotencyRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await Table.UpsertEntityAsync(Entity(record with { Done = true }), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets the key, so that a repeat is handled as a new request.</summary>
    public async Task ReleaseAsync(string userId, string key, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(Partition(userId), key, ETag.All, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }

    /// <summary>Removes the keys first used before <paramref name="before"/>; returns how many.</summary>
    public async Task<int> DeleteStartedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var deleted = 0;
        await foreach (var row in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"StartedAt lt {before}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            await Table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
            deleted++;
        }

        return deleted;
    }

    private static TableEntity Entity(IdempotencyRecord record) => new(Partition(record.UserId), record.Key)
    {
        ["Fingerprint"] = record.Fingerprint,
        ["Done"] = record.Done,
        ["ResourceId"] = record.ResourceId,
        ["Revision"] = record.Revision,
        ["Detail"] = record.Detail,
        ["StartedAt"] = record.StartedAt,
    };

    private static IdempotencyRecord Read(string userId, TableEntity row) => new(
        userId,
        row.RowKey,
        row.GetString("Fingerprint") ?? string.Empty,
        row.GetBoolean("Done") ?? false,
        row.GetString("ResourceId"),
        row.GetInt32("Revision"),
        row.GetString("Detail"),
        row.GetDateTimeOffset("StartedAt") ?? default,
        row.ETag);

    // A person id may hold characters a table key cannot ('/', '\', '#', '?').
    private static string Partition(string userId) => Uri.EscapeDataString(userId);
}
