using System.Buffers.Binary;

namespace Huizermaat.Approval.Integrations.Media;

/// <summary>
/// Removes the tags of an MP3 file — ID3v2 (title, artist, comments, cover art, anywhere in the file), ID3v1 and
/// its enhanced <c>TAG+</c> block, APEv2 — and keeps the MPEG audio frames byte for byte. The file is walked from
/// front to back: every block must be a tag of known, in-bounds size or a complete MPEG layer III frame, so a tag
/// whose size runs past the end, unknown data (a Lyrics3 block, a header-less APE tag, an appended archive) and a
/// truncated frame make the file refused rather than stored with something we could not remove.
/// </summary>
internal static class MpegAudioScrubber
{
    private const int Id3v2HeaderLength = 10;
    private const int Id3v1Length = 128;
    private const int Id3v1EnhancedLength = 227;
    private const int ApeHeaderLength = 32;

    private static readonly int[] Mpeg1Kbps = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
    private static readonly int[] Mpeg2Kbps = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
    private static readonly int[] Mpeg1SampleRates = [44100, 48000, 32000];

    /// <summary>The audio frames of <paramref name="file"/> without its tags; null when its structure is broken.</summary>
    public static byte[]? TryScrub(ReadOnlySpan<byte> file)
    {
        using var audio = new MemoryStream(file.Length);
        var offset = 0;
        while (offset < file.Length)
        {
            var rest = file[offset..];
            var length = rest.StartsWith("ID3"u8) ? Id3v2Length(rest)
                : rest.StartsWith("APETAGEX"u8) ? ApeLength(rest)
                : rest.StartsWith("TAG+"u8) ? Id3v1EnhancedLength
                : rest.StartsWith("TAG"u8) ? Id3v1Length
                : -1;
            var isFrame = length < 0;
            if (isFrame)
            {
                length = FrameLength(rest);
            }

            if (length <= 0 || length > rest.Length)
            {
                return null;
            }

            if (isFrame)
            {
                audio.Write(rest[..length]);
            }

            offset += length;
        }

        return audio.Length == 0 ? null : audio.ToArray();
    }

    /// <summary>An ID3v2 tag: "ID3", version 2–4, flags, a syncsafe size, and a 10-byte footer when flag 0x10 is set.</summary>
    private static int Id3v2Length(ReadOnlySpan<byte> tag)
    {
        if (tag.Length < Id3v2HeaderLength || tag[3] is < 2 or > 4 || tag[4] == 0xFF || tag.Slice(6, 4).IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0)
        {
            return -1;
        }

        var size = (tag[6] << 21) | (tag[7] << 14) | (tag[8] << 7) | tag[9];
        var footer = tag[3] == 4 && (tag[5] & 0x10) != 0 ? Id3v2HeaderLength : 0;
        return Id3v2HeaderLength + size + footer;
    }

    /// <summary>An APEv2 tag that starts with its header: the size counts the items and the footer, not the header.</summary>
    private static int ApeLength(ReadOnlySpan<byte> tag)
    {
        if (tag.Length < ApeHeaderLength)
        {
            return -1;
        }

        var size = BinaryPrimitives.ReadUInt32LittleEndian(tag[12..]);
        var flags = BinaryPrimitives.ReadUInt32LittleEndian(tag[20..]);
        var isHeader = (flags & (1u << 29)) != 0;
        return isHeader && size is >= ApeHeaderLength and < int.MaxValue - ApeHeaderLength ? (int)size + ApeHeaderLength : -1;
    }

    /// <summary>The length of the MPEG layer III frame that starts <paramref name="frame"/>, or -1 when it is not one.</summary>
    private static int FrameLength(ReadOnlySpan<byte> frame)
    {
        if (frame.Length < 4 || frame[0] != 0xFF || (frame[1] & 0xE0) != 0xE0 || (frame[1] & 0x06) != 0x02)
        {
            return -1;
        }

        var version = (frame[1] >> 3) & 0x03; // 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5, 1: reserved
        var bitrateIndex = frame[2] >> 4;
        var sampleRateIndex = (frame[2] >> 2) & 0x03;
        if (version == 1 || bitrateIndex is 0 or 15 || sampleRateIndex == 3)
        {
            // Reserved values, and free-format bitrate, whose frame length cannot be known from the header.
            return -1;
        }

        var sampleRate = Mpeg1SampleRates[sampleRateIndex] >> (version == 3 ? 0 : version == 2 ? 1 : 2);
        var kbps = (version == 3 ? Mpeg1Kbps : Mpeg2Kbps)[bitrateIndex];
        var padding = (frame[2] >> 1) & 0x01;
        return ((version == 3 ? 144_000 : 72_000) * kbps / sampleRate) + padding;
    }
}
