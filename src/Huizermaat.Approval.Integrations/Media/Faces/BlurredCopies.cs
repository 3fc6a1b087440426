using System.Security.Cryptography;
using System.Text;
using Azure;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Faces;
using Huizermaat.Approval.Media;
using ImageMagick;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Integrations.Media.Faces;

/// <summary>
/// The copy of a photo that approvers, parents and the networks see: the faces the author marked <i>vervagen</i>
/// blurred (<see cref="FaceBlur"/>), stored as a media item of its own, with its own thumbnail and the boxes of the faces
/// still visible. The upload itself stays private. The copy's id follows from the upload's and the faces blurred, so
/// the same choice made again (a revision, a retry) finds the copy made before.
/// </summary>
public sealed partial class BlurredCopies(IMediaStore store, IOptions<MediaPipelineOptions> options, ILogger<BlurredCopies> logger)
{
    /// <summary>Changes when the blur changes, so that a new blur never reuses an old copy.</summary>
    private const string Method = "blur-1";

    /// <summary>The id of the copy of <paramref name="originalId"/> with the faces at <paramref name="blurred"/> (indices) blurred.</summary>
    public static string CopyId(string originalId, IEnumerable<int> blurred) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{Method} {originalId} {string.Join(',', blurred.Order())}")))[..32];

    /// <summary>
    /// The media id to show for <paramref name="original"/>: the upload itself when no face is to be blurred, else its
    /// blurred copy, made now unless it exists. <paramref name="faces"/> are the upload's own boxes (as stored), with the
    /// author's choices.
    /// </summary>
    public async Task<string> EnsureAsync(StoredMedia original, IReadOnlyList<MediaFace> faces, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(faces);
        var blurred = faces.Select((face, index) => (face, index)).Where(f => f.face.Resolution == FaceResolution.Blur).ToList();
        if (blurred.Count == 0 || original.Kind != MediaKind.Photo)
        {
            return original.MediaId;
        }

        var id = CopyId(original.MediaId, blurred.Select(f => f.index));
        try
        {
            await store.GetInfoAsync(id, cancellationToken).ConfigureAwait(false);
            return id;
        }
        catch (MediaNotFoundException)
        {
            // Not made yet.
        }

        byte[] bytes;
        var source = await store.OpenReadAsync(original.MediaId, cancellationToken).ConfigureAwait(false);
        await using (source.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            await source.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            bytes = buffer.ToArray();
        }

        var (content, thumbnail) = Blur(bytes, original.ContentType, [.. blurred.Select(f => f.face.Box)]);
        var visible = faces.Where(f => f.Resolution != FaceResolution.Blur).Select(f => f.Box).ToList();
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            await store.SaveAsync(new StoredMedia(id, MediaKind.Photo, original.ContentType, content.Length, visible), stream, thumbnail, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // Made at the same moment by another request for the same choice: the same copy.
        }

        LogBlurred(logger, original.MediaId, id, blurred.Count);
        return id;
    }

    private (byte[] Content, byte[] Thumbnail) Blur(byte[] bytes, string contentType, IReadOnlyList<FaceBox> boxes)
    {
        var settings = options.Value;
        if (contentType == "image/gif")
        {
            using var frames = new MagickImageCollection(bytes, new MagickReadSettings { Format = MagickFormat.Gif });
            frames.Coalesce();
            foreach (var frame in frames)
            {
                FaceBlur.Apply(frame, boxes);
            }

            using var first = frames[0].Clone();
            first.BackgroundColor = MagickColors.White;
            first.Alpha(AlphaAction.Remove);
            return (frames.ToByteArray(MagickFormat.Gif), MediaPipeline.Thumbnail(first, settings));
        }

        using var image = new MagickImage(bytes, new MagickReadSettings { Format = MagickFormat.Jpeg });
        FaceBlur.Apply(image, boxes);
        image.Strip();
        image.Quality = settings.JpegQuality;
        return (image.ToByteArray(MagickFormat.Jpeg), MediaPipeline.Thumbnail(image, settings));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Made the blurred copy {CopyId} of media {MediaId}: {Count} face(s) blurred")]
    private static partial void LogBlurred(ILogger logger, string mediaId, string copyId, int count);
}
