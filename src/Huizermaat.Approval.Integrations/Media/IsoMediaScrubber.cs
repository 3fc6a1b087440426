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

    /// <summary>Scrubs <paramref name="file"/> in place; false when its box structure is broken.</summary>
    public static bool TryScrub(Span<byte> file) => Walk(file, depth: 0);

    private static bool Walk(Span<byte> span, int depth)
    {
        var offset = 0;
        while (offset < span.Length)
        {
            if (span.Length - offset < 8)
            {
                return false;
            }

            long size = BinaryPrimitives.ReadUInt32BigEndian(span[offset..]);
            var type = Encoding.Latin1.GetString(span.Slice(offset + 4, 4));
            var headerLength = 8;
            if (size == 1)
            {
                if (span.Length - offset < 16)
                {
                    return false;
                }

                size = (long)BinaryPrimitives.ReadUInt64BigEndian(span[(offset + 8)..]);
                headerLength = 16;
            }
            else if (size == 0)
            {
                size = span.Length - offset;
            }

            if (size < headerLength || size > span.Length - offset)
            {
                return false;
            }

            var box = span.Slice(offset, (int)size);
            if (MetadataBoxes.Contains(type))
            {
                "free"u8.CopyTo(box[4..]);
                box[headerLength..].Clear();
            }
            else if (Containers.Contains(type) && depth < 2 && !Walk(box[headerLength..], depth + 1))
            {
                return false;
            }

            offset += (int)size;
        }

        return true;
    }
}
