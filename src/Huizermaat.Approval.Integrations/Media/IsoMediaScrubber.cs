using System.Buffers.Binary;
using System.Text;

namespace Huizermaat.Approval.Integrations.Media;

/// <summary>
/// Removes the metadata of MP4, MOV and M4A files (ISO base media / QuickTime) without re-encoding them, and never
/// moves a byte, so every offset stays valid and the media still plays:
/// <list type="bullet">
/// <item>every <c>udta</c>, <c>meta</c> and <c>uuid</c> box of the file, the movie and its tracks — where phones keep
/// the recording's location (<c>©xyz</c>, <c>com.apple.quicktime.location.ISO6709</c>), the device and XMP — becomes a
/// <c>free</c> box of the same size filled with zeros;</item>
/// <item>every track whose media handler is neither video (<c>vide</c>) nor sound (<c>soun</c>) — timed metadata
/// such as GoPro's <c>gpmd</c>, Apple's <c>mebx</c> and Google's <c>camm</c>, which carry GPS and sensor readings, but
/// also timecode, text and hint tracks — becomes a zeroed <c>free</c> box, its samples in <c>mdat</c> (located
/// through its sample table) are zeroed, and a <c>tref</c> of a kept track that refers to it goes too.</item>
/// </list>
/// A file whose top-level boxes do not cover it exactly (truncated, or with data appended: a polyglot) is
/// <see cref="Outcome.Broken"/>. A track that has to go but whose samples cannot all be found — a fragmented movie
/// (samples also in <c>moof</c> fragments), a compact <c>stz2</c> size table, tables that disagree, a sample outside
/// <c>mdat</c> — is <see cref="Outcome.TrackNotRemovable"/>: the file is refused rather than stored with the track's
/// data still in it.
/// </summary>
internal static class IsoMediaScrubber
{
    private static readonly HashSet<string> MetadataBoxes = ["udta", "meta", "uuid"];
    private static readonly HashSet<string> KeptHandlers = ["vide", "soun"];

    public enum Outcome
    {
        Scrubbed,
        Broken,
        TrackNotRemovable,
    }

    /// <summary>Scrubs <paramref name="file"/> in place: a seekable, writable stream (the spooled upload, or a <see cref="MemoryStream"/> over its bytes).</summary>
    public static Outcome Scrub(Stream file)
    {
        var top = Children(file, 0, file.Length);
        if (top is null)
        {
            return Outcome.Broken;
        }

        var mdats = top.Where(b => b.Type == "mdat").Select(b => (Start: b.Payload, End: b.End)).ToList();
        var fragmented = top.Any(b => b.Type == "moof");
        var removed = new List<IsoTrack>();
        var kept = new List<IsoTrack>();
        foreach (var box in top)
        {
            if (MetadataBoxes.Contains(box.Type))
            {
                Blank(file, box);
            }
            else if (box.Type == "moov")
            {
                var movie = Children(file, box.Payload, box.End);
                if (movie is null)
                {
                    return Outcome.Broken;
                }

                fragmented |= movie.Any(b => b.Type == "mvex");
                foreach (var child in movie)
                {
                    if (MetadataBoxes.Contains(child.Type))
                    {
                        Blank(file, child);
                    }
                    else if (child.Type == "trak")
                    {
                        if (IsoTrack.Read(file, child) is not { } track)
                        {
                            return Outcome.Broken;
                        }

                        (KeptHandlers.Contains(track.Handler) ? kept : removed).Add(track);
                        foreach (var metadata in track.Children.Where(b => MetadataBoxes.Contains(b.Type)))
                        {
                            Blank(file, metadata);
                        }
                    }
                }
            }
        }

        if (removed.Count == 0)
        {
            return Outcome.Scrubbed;
        }

        var samples = new List<(long Offset, long Length)>();
        if (fragmented
            || removed.Any(t => !t.TryAddSampleRanges(file, samples))
            || !samples.All(s => s.Length == 0 || mdats.Any(m => s.Offset >= m.Start && s.Length <= m.End - s.Offset)))
        {
            return Outcome.TrackNotRemovable;
        }

        foreach (var (offset, length) in samples)
        {
            file.Position = offset;
            WriteZeros(file, length);
        }

        var removedIds = removed.Select(t => t.Id).ToHashSet();
        foreach (var track in removed)
        {
            Blank(file, track.Box);
        }

        foreach (var reference in kept.Where(t => t.References.Overlaps(removedIds)).Select(t => t.ReferenceBox!))
        {
            Blank(file, reference);
        }

        return Outcome.Scrubbed;
    }

    /// <summary>
    /// The boxes from <paramref name="start"/> to <paramref name="end"/>, or null when they do not cover it exactly (inside
    /// a box, QuickTime's four zero bytes that may end a list are allowed).
    /// </summary>
    internal static List<Box>? Children(Stream file, long start, long end)
    {
        Span<byte> header = stackalloc byte[16];
        var boxes = new List<Box>();
        var offset = start;
        while (offset < end)
        {
            if (end - offset < 8)
            {
                file.Position = offset;
                file.ReadExactly(header[..(int)(end - offset)]);
                return start > 0 && end - offset == 4 && header[..4].IndexOfAnyExcept((byte)0) < 0 ? boxes : null;
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
                    return null;
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
                return null;
            }

            boxes.Add(new Box(type, offset, offset + headerLength, offset + size));
            offset += size;
        }

        return boxes;
    }

    /// <summary>The payload of <paramref name="box"/> (which lies within the file: its size was checked), or its first <paramref name="most"/> bytes.</summary>
    internal static byte[] Read(Stream file, Box box, long most = long.MaxValue)
    {
        var payload = new byte[Math.Min(box.End - box.Payload, most)];
        file.Position = box.Payload;
        file.ReadExactly(payload);
        return payload;
    }

    /// <summary>Turns <paramref name="box"/> into a <c>free</c> box of the same size, filled with zeros.</summary>
    private static void Blank(Stream file, Box box)
    {
        file.Position = box.Start + 4;
        file.Write("free"u8);
        file.Position = box.Payload;
        WriteZeros(file, box.End - box.Payload);
    }

    private static void WriteZeros(Stream file, long count)
    {
        var zeros = new byte[(int)Math.Min(count, 81920)];
        for (var left = count; left > 0; left -= zeros.Length)
        {
            file.Write(zeros, 0, (int)Math.Min(left, zeros.Length));
        }
    }

    /// <summary>A box: its type, where it starts, where its payload starts and where it ends (absolute offsets).</summary>
    internal sealed record Box(string Type, long Start, long Payload, long End);
}
