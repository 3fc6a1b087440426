namespace Huizermaat.Approval.Media;

/// <summary>
/// Port: the private store of uploaded media (Blob Storage), by id. What is stored has been through the media
/// pipeline: sniffed, size-checked and, for photos, re-encoded without metadata.
/// </summary>
public interface IMediaStore
{
    /// <summary>Stores a processed item and, when there is one, its thumbnail (JPEG). Overwrites nothing: ids are new.</summary>
    Task SaveAsync(StoredMedia media, Stream content, ReadOnlyMemory<byte>? thumbnail, CancellationToken cancellationToken);

    /// <exception cref="MediaNotFoundException">No item with this id.</exception>
    Task<Stream> OpenReadAsync(string mediaId, CancellationToken cancellationToken);

    /// <summary>The item's id, kind, content type and size.</summary>
    /// <exception cref="MediaNotFoundException">No item with this id.</exception>
    Task<StoredMedia> GetInfoAsync(string mediaId, CancellationToken cancellationToken);

    /// <summary>The thumbnail's JPEG bytes; null for media without one (video, audio).</summary>
    /// <exception cref="MediaNotFoundException">No item with this id.</exception>
    Task<Stream?> OpenThumbnailAsync(string mediaId, CancellationToken cancellationToken);

    /// <summary>
    /// A short-lived read-only address of the item, for a network that fetches media itself (Instagram) or
    /// a page that links to it.
    /// </summary>
    Task<Uri> GetReadUriAsync(string mediaId, TimeSpan lifetime, CancellationToken cancellationToken);

    /// <summary>Deletes the item and its thumbnail; deleting what is already gone is not an error.</summary>
    Task DeleteAsync(string mediaId, CancellationToken cancellationToken);
}
