using System.Buffers.Binary;

namespace Huizermaat.Approval.Integrations.Media;

/// <summary>
/// Keeps only the chunks a WAV file needs to play — <c>fmt </c>, <c>fact</c> and <c>data</c>, byte for byte — and
/// drops every other one: <c>LIST</c>/<c>INFO</c> (title, artist, comments), <c>id3 </c>, <c>bext</c>, <c>iXML</c>,
/// <c>_PMX</c> (XMP) and whatever else a recorder adds. The RIFF size is rewritten to match. A file whose RIFF size
/// does not match its length, or whose chunks run past the end, is refused.
/// </summary>
internal static class WaveScrubber
{
    private const int RiffHeaderLength = 12;
    private const int ChunkHeaderLength = 8;

    /// <summary>The file without its metadata chunks; null when its structure is broken.</summary>
    public static byte[]? TryScrub(ReadOnlySpan<byte> file)
    {
        if (file.Length < RiffHeaderLength || BinaryPrimitives.ReadUInt32LittleEndian(file[4..]) + 8L != file.Length)
        {
            return null;
        }

        using var kept = new MemoryStream(file.Length);
        kept.Write(file[..RiffHeaderLength]);
        bool hasFormat = false, hasData = false;
        var offset = RiffHeaderLength;
        while (offset < file.Length)
        {
            if (file.Length - offset < ChunkHeaderLength)
            {
                return null;
            }

            var id = file.Slice(offset, 4);
            long size = BinaryPrimitives.ReadUInt32LittleEndian(file[(offset + 4)..]);
            long padded = ChunkHeaderLength + size + (size & 1);
            var available = file.Length - offset;
            if (padded > available)
            {
                // Writers may leave out the pad byte of an odd-sized last chunk.
                if (ChunkHeaderLength + size != available)
                {
                    return null;
                }

                padded = available;
            }

            var chunk = file.Slice(offset, (int)padded);
            if (id.SequenceEqual("fmt "u8) || id.SequenceEqual("fact"u8) || id.SequenceEqual("data"u8))
            {
                hasFormat |= id.SequenceEqual("fmt "u8);
                hasData |= id.SequenceEqual("data"u8);
                kept.Write(chunk);
            }

            offset += (int)padded;
        }

        if (!hasFormat || !hasData)
        {
            return null;
        }

        var result = kept.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(4), (uint)(result.Length - 8));
        return result;
    }
}
