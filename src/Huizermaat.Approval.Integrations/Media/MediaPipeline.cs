using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Faces;
using Huizermaat.Approval.Integrations.Media.Faces;
using Huizermaat.Approval.Media;
using ImageMagick;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Integrations.Media;

/// <summary>
/// What every upload goes through before it is stored: its type sniffed from the bytes, a size limit per kind;
/// photos decoded and re-encoded (JPEG, or GIF for GIFs) with all metadata (EXIF, XMP, IPTC, GPS) left behind,
/// after every frame's size and position and their sum are checked from the headers alone (a decompression bomb is
/// never decoded) and under ImageMagick's resource limits (<see cref="ImageMagickLimits"/>), and a JPEG thumbnail;
/// videos (spooled to a temporary file) and M4A audio with their metadata boxes blanked; MP3 without
/// its ID3/APE tags and WAV without its LIST/INFO, id3 and other metadata chunks (the audio itself byte for byte).
/// Every photo (a GIF: its first frame) goes through the <see cref="FaceDetector"/> once upright, and its face boxes are
/// stored with it; videos are not analysed (see the README). Refusals are <see cref="MediaRejectedException"/>.
/// </summary>
public sealed partial class MediaPipeline
{
    private readonly IMediaStore _store;
    private readonly IOptions<MediaPipelineOptions> _options;
    private readonly ILogger<MediaPipeline> _logger;
    private readonly FaceDetector _faces;

    /// <summary>Creates the pipeline and sets ImageMagick's process-wide limits from <see cref="MediaPipelineOptions.ImageMagick"/>.</summary>
    public MediaPipeline(IMediaStore store, IOptions<MediaPipelineOptions> options, ILogger<MediaPipeline> logger, FaceDetector faces)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _options = options;
        _logger = logger;
        _faces = faces;
        ImageMagickLimiter.Apply(options.Value.ImageMagick);
    }

    /// <summary>
    /// Processes an upload and stores it under a new id. Videos are spooled to a temporary file (deleted when
    /// done) and scrubbed there, so that one upload never holds hundreds of megabytes of memory; photos and
    /// recordings, whose limits are smaller, are processed in memory.
    /// </summary>
    /// <exception cref="MediaRejectedException">The upload is not acceptable.</exception>
    public async Task<StoredMedia> IngestAsync(Stream upload, CancellationToken cancellationToken)
    {
        var (format, header, limit) = await SniffAsync(upload, cancellationToken).ConfigureAwait(false);
        if (format.Kind == MediaKind.Video)
        {
            var spool = new FileStream(
                Path.Combine(_options.Value.SpoolDirectory ?? Path.GetTempPath(), $"upload-{Guid.NewGuid():N}"),
                FileMode.CreateNew,
                FileAccess.ReadWrite,
                FileShare.None,
                bufferSize: 81920,
                FileOptions.Asynchronous | FileOptions.DeleteOnClose);
            await using (spool.ConfigureAwait(false))
            {
                await CopyAsync(header, upload, spool, limit, cancellationToken).ConfigureAwait(false);
                ThrowUnlessScrubbed(IsoMediaScrubber.Scrub(spool), format);

                spool.Position = 0;
                return await StoreAsync(format, spool, null, null, cancellationToken).ConfigureAwait(false);
            }
        }

        var processed = Process(format, await ReadAllAsync(header, upload, limit, cancellationToken).ConfigureAwait(false), cancellationToken);
        using var content = new MemoryStream(processed.Content, writable: false);
        return await StoreAsync(new SniffedFormat(processed.Kind, processed.ContentType), content, processed.Thumbnail, processed.Faces, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Processes an upload in memory, without storing it.</summary>
    /// <exception cref="MediaRejectedException">The upload is not acceptable.</exception>
    public async Task<ProcessedMedia> ProcessAsync(Stream upload, CancellationToken cancellationToken)
    {
        var (format, header, limit) = await SniffAsync(upload, cancellationToken).ConfigureAwait(false);
        return Process(format, await ReadAllAsync(header, upload, limit, cancellationToken).ConfigureAwait(false), cancellationToken);
    }

    private ProcessedMedia Process(SniffedFormat format, byte[] bytes, CancellationToken cancellationToken) =>
        format.Kind == MediaKind.Photo ? ProcessImage(bytes, format, _options.Value, cancellationToken) : ProcessRecording(bytes, format);

    private async Task<StoredMedia> StoreAsync(SniffedFormat format, Stream content, byte[]? thumbnail, IReadOnlyList<FaceBox>? faces, CancellationToken cancellationToken)
    {
        var media = new StoredMedia(Guid.NewGuid().ToString("N"), format.Kind, format.ContentType, content.Length, faces);
        ReadOnlyMemory<byte>? stored = thumbnail is { } bytes ? bytes : null;
        await _store.SaveAsync(media, content, stored, cancellationToken).ConfigureAwait(false);
        LogStored(_logger, media.MediaId, media.Kind, media.ContentType, media.Length);
        return media;
    }

    /// <summary>Reads the first bytes, tells the format from them, and picks that kind's size limit.</summary>
    private async Task<(SniffedFormat Format, ReadOnlyMemory<byte> Header, long Limit)> SniffAsync(Stream upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var settings = _options.Value;
        var header = new byte[MediaSniffer.HeaderLength];
        var read = await upload.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            throw new MediaRejectedException(MediaRejection.Empty, "The upload is empty.", "Het bestand is leeg.");
        }

        var format = MediaSniffer.Sniff(header.AsSpan(0, read)) ?? throw new MediaRejectedException(
            MediaRejection.UnsupportedType,
            "The upload is not a supported photo, video or audio format (JPEG, PNG, GIF, WebP, HEIC, MP4, MOV, MP3, M4A, WAV).",
            "Dit bestandstype wordt niet ondersteund. Upload een foto (JPEG, PNG, GIF, WebP, HEIC), video (MP4, MOV) of geluid (MP3, M4A, WAV).");
        var limit = format.Kind switch
        {
            MediaKind.Photo => settings.MaxPhotoBytes,
            MediaKind.Video => settings.MaxVideoBytes,
            _ => settings.MaxAudioBytes,
        };
        return (format, header.AsMemory(0, read), limit);
    }

    private static async Task<byte[]> ReadAllAsync(ReadOnlyMemory<byte> header, Stream upload, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await CopyAsync(header, upload, buffer, limit, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    /// <summary>Copies the upload, refusing it as soon as it passes <paramref name="limit"/> (the rest is never read).</summary>
    private static async Task CopyAsync(ReadOnlyMemory<byte> header, Stream upload, Stream target, long limit, CancellationToken cancellationToken)
    {
        await target.WriteAsync(header, cancellationToken).ConfigureAwait(false);
        var chunk = new byte[81920];
        long total = header.Length;
        int read;
        while ((read = await upload.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            total += read;
            if (total > limit)
            {
                throw new MediaRejectedException(
                    MediaRejection.TooLarge,
                    $"The upload is larger than the limit of {limit / (1024 * 1024)} MB for its kind.",
                    $"Het bestand is te groot: maximaal {limit / (1024 * 1024)} MB.");
            }

            await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }
    }

    private ProcessedMedia ProcessImage(byte[] bytes, SniffedFormat format, MediaPipelineOptions settings, CancellationToken cancellationToken)
    {
        // The coder is fixed to the sniffed format: ImageMagick must never choose one from the content itself.
        var read = new MagickReadSettings
        {
            Format = format.ContentType switch
            {
                "image/jpeg" => MagickFormat.Jpeg,
                "image/png" => MagickFormat.Png,
                "image/gif" => MagickFormat.Gif,
                "image/webp" => MagickFormat.WebP,
                _ => MagickFormat.Heic,
            },
        };
        try
        {
            using (var frames = new MagickImageCollection())
            {
                frames.Ping(bytes, read);
                FrameGeometry.Check(frames, settings.MaxPixels);
            }

            return format.ContentType == "image/gif" ? ReencodeGif(bytes, read, settings, cancellationToken) : ReencodeAsJpeg(bytes, read, settings, cancellationToken);
        }
        catch (MagickException e)
        {
            throw ImageMagickLimiter.Refusal(e, settings.ImageMagick) ?? Corrupt(e);
        }
    }

    private ProcessedMedia ReencodeAsJpeg(byte[] bytes, MagickReadSettings read, MediaPipelineOptions settings, CancellationToken cancellationToken)
    {
        using var image = new MagickImage();
        var damaged = new List<string>();
        image.Warning += (_, e) =>
        {
            if (e.Exception is MagickCorruptImageWarningException)
            {
                damaged.Add(e.Message);
            }
        };
        image.Read(bytes, read);
        if (damaged.Count > 0)
        {
            throw Corrupt(new MagickCorruptImageErrorException(string.Join("; ", damaged)));
        }

        image.AutoOrient();
        image.TransformColorSpace(ColorProfiles.SRGB);
        image.Strip();
        image.BackgroundColor = MagickColors.White;
        image.Alpha(AlphaAction.Remove);
        var faces = _faces.Detect(image, cancellationToken);
        image.Format = MagickFormat.Jpeg;
        image.Quality = settings.JpegQuality;
        var content = image.ToByteArray();
        return new ProcessedMedia(MediaKind.Photo, "image/jpeg", content, Thumbnail(image, settings), faces);
    }

    private ProcessedMedia ReencodeGif(byte[] bytes, MagickReadSettings read, MediaPipelineOptions settings, CancellationToken cancellationToken)
    {
        using var frames = new MagickImageCollection();
        frames.Read(bytes, read);
        foreach (var frame in frames)
        {
            frame.Strip();
        }

        var content = frames.ToByteArray(MagickFormat.Gif);
        using var first = (MagickImage)frames[0].Clone();
        first.BackgroundColor = MagickColors.White;
        first.Alpha(AlphaAction.Remove);
        var faces = _faces.Detect(first, cancellationToken);
        return new ProcessedMedia(MediaKind.Photo, "image/gif", content, Thumbnail(first, settings), faces);
    }

    /// <summary>The JPEG thumbnail of an upright, opaque image (the image itself is left as it is).</summary>
    internal static byte[] Thumbnail(IMagickImage<byte> image, MediaPipelineOptions settings)
    {
        using var thumbnail = image.Clone();
        thumbnail.Thumbnail(settings.ThumbnailSize, settings.ThumbnailSize);
        thumbnail.Strip();
        thumbnail.BackgroundColor = MagickColors.White;
        thumbnail.Alpha(AlphaAction.Remove);
        thumbnail.Format = MagickFormat.Jpeg;
        thumbnail.Quality = 80;
        return thumbnail.ToByteArray();
    }

    private static ProcessedMedia ProcessRecording(byte[] bytes, SniffedFormat format)
    {
        if (format.ContentType is "video/mp4" or "video/quicktime" or "audio/mp4")
        {
            ThrowUnlessScrubbed(IsoMediaScrubber.Scrub(new MemoryStream(bytes, writable: true)), format);
            return new ProcessedMedia(format.Kind, format.ContentType, bytes, null);
        }

        var scrubbed = format.ContentType == "audio/wav" ? WaveScrubber.TryScrub(bytes) : MpegAudioScrubber.TryScrub(bytes);
        return scrubbed is null ? throw Broken(format) : new ProcessedMedia(format.Kind, format.ContentType, scrubbed, null);
    }

    private static void ThrowUnlessScrubbed(IsoMediaScrubber.Outcome outcome, SniffedFormat format)
    {
        switch (outcome)
        {
            case IsoMediaScrubber.Outcome.Broken:
                throw Broken(format);
            case IsoMediaScrubber.Outcome.TrackNotRemovable:
                throw new MediaRejectedException(
                    MediaRejection.MetadataNotRemovable,
                    $"The {format.ContentType} file has a track other than video and sound (such as GPS or sensor data) whose samples cannot all be found to remove them: the movie is fragmented, or the track's sample tables are compact, inconsistent or point outside the media data.",
                    "Het bestand bevat naast beeld en geluid nog andere gegevens (bijvoorbeeld GPS-locaties) die niet veilig verwijderd kunnen worden. Exporteer het opnieuw als gewoon MP4- of MOV-bestand, of zet locatie en sensoren uit, en probeer het nog eens.");
        }
    }

    private static MediaRejectedException Broken(SniffedFormat format) => new(
        MediaRejection.Corrupt,
        $"The {format.ContentType} file is truncated, has data appended to it, or has a tag or chunk whose size runs past its end.",
        "Het bestand is beschadigd of onvolledig. Exporteer het opnieuw en probeer het nog eens.");

    private static MediaRejectedException Corrupt(MagickException e) => new(
        MediaRejection.Corrupt,
        $"The image cannot be decoded (truncated or damaged): {e.Message}",
        "De afbeelding is beschadigd of onvolledig en kan niet worden gelezen. Exporteer haar opnieuw en probeer het nog eens.",
        e);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored media {MediaId}: {Kind}, {ContentType}, {Length} bytes")]
    private static partial void LogStored(ILogger logger, string mediaId, MediaKind kind, string contentType, long length);
}
