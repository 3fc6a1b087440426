using System.Buffers.Binary;
using System.Text;

namespace Huizermaat.Approval.Integrations.Media;

/// <summary>
/// Removes the metadata of MP4, MOV and M4A files (ISO base media / QuickTime) without re-encoding them: every
/// <c>udta</c>, <c>meta</c> and <c>uuid</c> box of the file, the movie and its tracks — where phones keep the recording's
/// location (<c>©xyz</c>, <c>com.apple.quicktime.location.ISO6709</c>), the device and XMP — becomes a
/// <c>free</c> box of the same size filled with zeros. Sizes and offsets stay as they were, so the media still plays.
/// It also checks that the top-level boxes cover the file exactly: a truncated file or one with data appended
/// (a polyglot) is refused.
/// </summary>
internal static class IsoMediaScrubber
{
    private static readonly HashSet<string> MetadataBoxes = ["udta", "meta", "uuid"];
    private static readonly HashSet<string> Containers = ["moov", "trak"];

    /// <summary>
    /// Scrubs <paramref name="file"/> in place (a seekable, writable stream: the spooled upload, or a
    /// <see cref="MemoryStream"/> over its bytes); false when its box structure is broken.
    /// </summary>
    public static bool TryScrub(Stream file) => Walk(file, 0, file.Length, depth: 0);

    private static bool Walk(Stream file, long start, long end, int depth)
    {
        Span<byte> header = stackalloc byte[16];
        var offset = start;
        while (offset < end)
        {
            if (end - offset < 8)
            {
                return false;
            }

            file.Position = offset;
            file.ReadExactly(header[..8]);
            long size = BinaryPrimitives.ReadUInt32BigEndian(header);
            var type = Encoding.Latin1.GetString(header.Slice(4, 4));
            var headerLength = 8;
            if (size == 1)
            {
                if (end - offset < 16)
                {
                    return false;
                }

                file.ReadExactly(header[8..]);
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(header[8..]);
                headerLength = 16;
            }
            else if (size == 0)
            {
                size = end - offset;
            }

            if (size < headerLength || size > end - offset)
            {
                return false;
            }

            if (MetadataBoxes.Contains(type))
            {
                file.Position = offset + 4;
                file.Write("free"u8);
                file.Position = offset + headerLength;
                WriteZeros(file, size - headerLength);
            }
            else if (Containers.Contains(type) && depth < 2 && !Walk(file, offset + headerLength, offset + size, depth + 1))
            {
                return false;
            }

            offset += size;
        }

        return true;
    }

    private static void WriteZeros(Stream file, long count)
    {
        var zeros = new byte[(int)Math.Min(count, 81920)];
        for (var left = count; left > 0; left -= zeros.Length)
        {
            file.Write(zeros, 0, (int)Math.Min(left, zeros.Length));
        }
    }
}
