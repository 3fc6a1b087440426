using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Integrations.Media.Faces;
using Huizermaat.Approval.Media;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Integrations.Media;

/// <summary>
/// The media store on Blob Storage: a private container with <c>{id}/original</c> and <c>{id}/thumbnail.jpg</c>
/// per item, the kind and the face boxes (<see cref="FaceBoxMetadata"/>) in the blob's metadata. Read addresses are SAS URLs signed with the account key, or, with a
/// managed identity, with a user delegation key.
/// </summary>
public sealed class BlobMediaStore(BlobServiceClient service, IOptions<BlobMediaStoreOptions> options, TimeProvider time) : IMediaStore
{
    private const string KindKey = "kind";
    private readonly BlobContainerClient _container = service.GetBlobContainerClient(options.Value.ContainerName);

    public async Task SaveAsync(StoredMedia media, Stream content, ReadOnlyMemory<byte>? thumbnail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(media);
        // Uploads are rare: asking each time costs one request and never remembers a failure.
        await _container.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken).ConfigureAwait(false);
        var metadata = new Dictionary<string, string> { [KindKey] = media.Kind.ToString() };
        if (media.Faces is { } faces)
        {
            metadata[FaceBoxMetadata.Key] = FaceBoxMetadata.Format(faces);
        }

        var upload = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = media.ContentType },
            Metadata = metadata,
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        };
        await Original(media.MediaId).UploadAsync(content, upload, cancellationToken).ConfigureAwait(false);
        if (thumbnail is { IsEmpty: false } bytes)
        {
            await Thumbnail(media.MediaId).UploadAsync(
                BinaryData.FromBytes(bytes),
                new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "image/jpeg" }, Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } },
                cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<Stream> OpenReadAsync(string mediaId, CancellationToken cancellationToken) =>
        await Download(Original(mediaId), cancellationToken).ConfigureAwait(false)
        ?? throw new MediaNotFoundException($"No media with id {mediaId}.");

    public async Task<Stream?> OpenThumbnailAsync(string mediaId, CancellationToken cancellationToken)
    {
        var thumbnail = await Download(Thumbnail(mediaId), cancellationToken).ConfigureAwait(false);
        if (thumbnail is null)
        {
            await GetInfoAsync(mediaId, cancellationToken).ConfigureAwait(false);
        }

        return thumbnail;
    }

    public async Task<StoredMedia> GetInfoAsync(string mediaId, CancellationToken cancellationToken)
    {
        try
        {
            BlobProperties properties = await Original(mediaId).GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            var kind = properties.Metadata.TryGetValue(KindKey, out var value) && Enum.TryParse<MediaKind>(value, out var parsed) ? parsed : MediaKind.Photo;
            return new StoredMedia(
                mediaId, kind, properties.ContentType, properties.ContentLength, FaceBoxMetadata.Parse(properties.Metadata.TryGetValue(FaceBoxMetadata.Key, out var faces) ? faces : null));
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            throw new MediaNotFoundException($"No media with id {mediaId}.", e);
        }
    }

    public async Task<Uri> GetReadUriAsync(string mediaId, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        await GetInfoAsync(mediaId, cancellationToken).ConfigureAwait(false);
        var blob = Original(mediaId);
        var expires = time.GetUtcNow().Add(lifetime);
        if (blob.CanGenerateSasUri)
        {
            return blob.GenerateSasUri(BlobSasPermissions.Read, expires);
        }

        var starts = time.GetUtcNow().AddMinutes(-5);
        UserDelegationKey key = await service.GetUserDelegationKeyAsync(starts, expires, cancellationToken).ConfigureAwait(false);
        var sas = new BlobSasBuilder(BlobSasPermissions.Read, expires)
        {
            BlobContainerName = blob.BlobContainerName,
            BlobName = blob.Name,
            Resource = "b",
            StartsOn = starts,
        };
        return new BlobUriBuilder(blob.Uri) { Sas = sas.ToSasQueryParameters(key, service.AccountName) }.ToUri();
    }

    public async Task DeleteAsync(string mediaId, CancellationToken cancellationToken)
    {
        await Original(mediaId).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await Thumbnail(mediaId).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Stream?> Download(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            BlobDownloadStreamingResult result = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return result.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private BlobClient Original(string mediaId) => _container.GetBlobClient($"{Validated(mediaId)}/original");

    private BlobClient Thumbnail(string mediaId) => _container.GetBlobClient($"{Validated(mediaId)}/thumbnail.jpg");

    private static string Validated(string mediaId) =>
        !string.IsNullOrEmpty(mediaId) && mediaId.Length <= 64 && mediaId.All(char.IsAsciiLetterOrDigit)
            ? mediaId
            : throw new MediaNotFoundException($"'{mediaId}' is not a media id.");
}
