using System.Text;
using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Integrations.Media;

/// <summary>
/// Recognises the formats we accept from their signatures (the first bytes), never from a file name or a
/// declared content type: JPEG, PNG, GIF, WebP, HEIC; MP4, MOV; MP3, M4A, WAV. Everything else is refused.
/// </summary>
public static class MediaSniffer
{
    /// <summary>How many leading bytes <see cref="Sniff"/> needs.</summary>
    public const int HeaderLength = 16;

    private static readonly string[] HeicBrands = ["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"];
    private static readonly string[] AudioMp4Brands = ["M4A ", "M4B "];
    private static readonly string[] VideoMp4Brands = ["isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "MSNV", "3gp4", "3gp5", "3g2a", "dash"];

    public static SniffedFormat? Sniff(ReadOnlySpan<byte> header)
    {
        if (header.Length < 12)
        {
            return header.StartsWith("ID3"u8) || IsMpegAudioFrame(header) ? new SniffedFormat(MediaKind.Audio, "audio/mpeg") : null;
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return new SniffedFormat(MediaKind.Photo, "image/jpeg");
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return new SniffedFormat(MediaKind.Photo, "image/png");
        }

        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8))
        {
            return new SniffedFormat(MediaKind.Photo, "image/gif");
        }

        if (header.StartsWith("RIFF"u8))
        {
            var form = header.Slice(8, 4);
            return form.SequenceEqual("WEBP"u8) ? new SniffedFormat(MediaKind.Photo, "image/webp")
                : form.SequenceEqual("WAVE"u8) ? new SniffedFormat(MediaKind.Audio, "audio/wav")
                : null;
        }

        var box = Encoding.ASCII.GetString(header.Slice(4, 4));
        if (box == "ftyp")
        {
            var brand = Encoding.ASCII.GetString(header.Slice(8, 4));
            return HeicBrands.Contains(brand) ? new SniffedFormat(MediaKind.Photo, "image/heic")
                : AudioMp4Brands.Contains(brand) ? new SniffedFormat(MediaKind.Audio, "audio/mp4")
                : brand == "qt  " ? new SniffedFormat(MediaKind.Video, "video/quicktime")
                : VideoMp4Brands.Contains(brand) ? new SniffedFormat(MediaKind.Video, "video/mp4")
                : null;
        }

        if (box is "moov" or "mdat" or "wide" or "free" && header[..4].IndexOfAnyExcept((byte)0) >= 0)
        {
            // Old QuickTime files start with an atom other than ftyp.
            return new SniffedFormat(MediaKind.Video, "video/quicktime");
        }

        return header.StartsWith("ID3"u8) || IsMpegAudioFrame(header) ? new SniffedFormat(MediaKind.Audio, "audio/mpeg") : null;
    }

    /// <summary>An MPEG audio frame header: 11 sync bits, a valid version, layer III, a bitrate that is not "bad".</summary>
    private static bool IsMpegAudioFrame(ReadOnlySpan<byte> header) =>
        header.Length >= 3
        && header[0] == 0xFF
        && (header[1] & 0xE0) == 0xE0
        && (header[1] & 0x18) != 0x08
        && (header[1] & 0x06) == 0x02
        && (header[2] & 0xF0) != 0xF0;
}
