using Huizermaat.Approval.Media;

namespace Huizermaat.Approval.Mail.Templates;

public static class MailImages
{
    /// <summary>
    /// The thumbnails of a draft's media, for a consent request: one JPEG per photo, in the draft's order; videos and
    /// audio have no thumbnail and are left out.
    /// </summary>
    public static async Task<IReadOnlyList<MailImage>> ThumbnailsAsync(IMediaStore store, IEnumerable<string> mediaIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(mediaIds);
        var images = new List<MailImage>();
        foreach (var mediaId in mediaIds)
        {
            var thumbnail = await store.OpenThumbnailAsync(mediaId, cancellationToken).ConfigureAwait(false);
            if (thumbnail is null)
            {
                continue;
            }

            await using (thumbnail.ConfigureAwait(false))
            {
                using var buffer = new MemoryStream();
                await thumbnail.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                images.Add(new MailImage($"foto-{images.Count + 1}.jpg", "image/jpeg", buffer.ToArray()));
            }
        }

        return images;
    }
}
