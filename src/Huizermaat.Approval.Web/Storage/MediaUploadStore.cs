using Azure;
using Azure.Data.Tables;

namespace Huizermaat.Approval.Web.Storage;

/// <summary>Table <c>MediaUploads</c> (partition = media id): who uploaded an item, so only they see it before submission.</summary>
public sealed class MediaUploadStore(WebTables tables)
{
    public async Task RecordAsync(string mediaId, string uploaderId, string fileName, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = tables.Get(WebTables.MediaUploadsTable);
        await table.AddEntityAsync(
            new TableEntity(mediaId, string.Empty) { ["UploaderId"] = uploaderId, ["FileName"] = fileName, ["At"] = at },
            cancellationToken).ConfigureAwait(false);
    }

    /// <returns>The uploader's person id, or null for an unknown item.</returns>
    public async Task<string?> FindUploaderAsync(string mediaId, CancellationToken cancellationToken)
    {
        var table = tables.Get(WebTables.MediaUploadsTable);
        NullableResponse<TableEntity> row = await table.GetEntityIfExistsAsync<TableEntity>(mediaId, string.Empty, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? row.Value?.GetString("UploaderId") : null;
    }

    /// <summary>The media ids uploaded before <paramref name="before"/>.</summary>
    public async Task<IReadOnlyList<string>> ListUploadedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var table = tables.Get(WebTables.MediaUploadsTable);
        var ids = new List<string>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"At lt {before}"), select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            ids.Add(row.PartitionKey);
        }

        return ids;
    }

    /// <summary>Forgets who uploaded an item and its file name (which may name a pupil).</summary>
    public async Task ForgetAsync(string mediaId, CancellationToken cancellationToken)
    {
        var table = tables.Get(WebTables.MediaUploadsTable);
        await table.DeleteEntityAsync(mediaId, string.Empty, ETag.All, cancellationToken).ConfigureAwait(false);
    }
}
