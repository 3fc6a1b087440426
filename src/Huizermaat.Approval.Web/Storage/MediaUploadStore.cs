using Azure;
using Azure.Data.Tables;

namespace Huizermaat.Approval.Web.Storage;

/// <summary>Table <c>MediaUploads</c> (partition = media id): who uploaded an item, so only they see it before submission.</summary>
public sealed class MediaUploadStore(WebTables tables)
{
    public async Task RecordAsync(string mediaId, string uploaderId, string fileName, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(WebTables.MediaUploadsTable).ConfigureAwait(false);
        await table.AddEntityAsync(
            new TableEntity(mediaId, string.Empty) { ["UploaderId"] = uploaderId, ["FileName"] = fileName, ["At"] = at },
            cancellationToken).ConfigureAwait(false);
    }

    /// <returns>The uploader's person id, or null for an unknown item.</returns>
    public async Task<string?> FindUploaderAsync(string mediaId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(WebTables.MediaUploadsTable).ConfigureAwait(false);
        NullableResponse<TableEntity> row = await table.GetEntityIfExistsAsync<TableEntity>(mediaId, string.Empty, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? row.Value?.GetString("UploaderId") : null;
    }
}
