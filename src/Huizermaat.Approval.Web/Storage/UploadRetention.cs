using Huizermaat.Approval.Media;
using Huizermaat.Approval.Workflow.Maintenance;

namespace Huizermaat.Approval.Web.Storage;

/// <summary>
/// The retention of uploads: an item that no kept draft uses (a photo of a draft that was never sent, or of one whose
/// content the retention rule deleted) is deleted, with the record of who uploaded it under which file name, once it
/// is older than the retention period.
/// </summary>
public sealed class UploadRetention(MediaUploadStore uploads, IMediaStore media) : IRetentionParticipant
{
    public async Task<int> PurgeAsync(DateTimeOffset now, TimeSpan retention, IReadOnlySet<string> mediaInUse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mediaInUse);
        var deleted = 0;
        foreach (var mediaId in await uploads.ListUploadedBeforeAsync(now - retention, cancellationToken).ConfigureAwait(false))
        {
            if (mediaInUse.Contains(mediaId))
            {
                continue;
            }

            await media.DeleteAsync(mediaId, cancellationToken).ConfigureAwait(false);
            await uploads.ForgetAsync(mediaId, cancellationToken).ConfigureAwait(false);
            deleted++;
        }

        return deleted;
    }
}
