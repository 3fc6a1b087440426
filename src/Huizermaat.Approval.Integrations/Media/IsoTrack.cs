using System.Buffers.Binary;
using System.Text;
using Box = Huizermaat.Approval.Integrations.Media.IsoMediaScrubber.Box;

namespace Huizermaat.Approval.Integrations.Media;

/// <summary>
/// A <c>trak</c> box as <see cref="IsoMediaScrubber"/> needs it: its id (<c>tkhd</c>), its media handler
/// (<c>mdia/hdlr</c>), the tracks it refers to (<c>tref</c>), its own boxes, and its sample table
/// (<c>mdia/minf/stbl</c>), which says where its samples are.
/// </summary>
internal sealed record IsoTrack(Box Box, uint Id, string Handler, IReadOnlyList<Box> Children, Box? ReferenceBox, IReadOnlySet<uint> References, IReadOnlyList<Box> SampleTable)
{
    /// <summary>Reads the track, or null when its boxes do not nest properly.</summary>
    public static IsoTrack? Read(Stream file, Box trak)
    {
        var children = IsoMediaScrubber.Children(file, trak.Payload, trak.End);
        if (children is null)
        {
            return null;
        }

        uint id = 0;
        if (children.FirstOrDefault(b => b.Type == "tkhd") is { } tkhd)
        {
            var header = IsoMediaScrubber.Read(file, tkhd, most: 24);
            var at = header.Length > 0 && header[0] == 1 ? 20 : 12;
            id = header.Length >= at + 4 ? BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(at)) : 0;
        }

        var references = new HashSet<uint>();
        var tref = children.FirstOrDefault(b => b.Type == "tref");
        if (tref is not null)
        {
            if (IsoMediaScrubber.Children(file, tref.Payload, tref.End) is not { } kinds)
            {
                return null;
            }

            foreach (var ids in kinds.Select(kind => IsoMediaScrubber.Read(file, kind)))
            {
                for (var i = 0; i + 4 <= ids.Length; i += 4)
                {
                    references.Add(BinaryPrimitives.ReadUInt32BigEndian(ids.AsSpan(i)));
                }
            }
        }

        var handler = string.Empty;
        List<Box> table = [];
        if (children.FirstOrDefault(b => b.Type == "mdia") is { } mdia)
        {
            if (IsoMediaScrubber.Children(file, mdia.Payload, mdia.End) is not { } media)
            {
                return null;
            }

            if (media.FirstOrDefault(b => b.Type == "hdlr") is { } hdlr && IsoMediaScrubber.Read(file, hdlr, most: 12) is { Length: >= 12 } name)
            {
                handler = Encoding.Latin1.GetString(name, 8, 4);
            }

            if (media.FirstOrDefault(b => b.Type == "minf") is { } minf)
            {
                var information = IsoMediaScrubber.Children(file, minf.Payload, minf.End);
                var stbl = information?.FirstOrDefault(b => b.Type == "stbl");
                var samples = stbl is null ? [] : IsoMediaScrubber.Children(file, stbl.Payload, stbl.End);
                if (information is null || samples is null)
                {
                    return null;
                }

                table = samples;
            }
        }

        return new IsoTrack(trak, id, handler, children, tref, references, table);
    }

    /// <summary>
    /// Adds where this track's samples are, one range per chunk; false when they cannot all be found: a compact
    /// <c>stz2</c> size table, a missing table, tables that disagree about the number of samples or chunks.
    /// </summary>
    public bool TryAddSampleRanges(Stream file, List<(long Offset, long Length)> ranges)
    {
        var sizes = Table(file, "stsz");
        if (sizes is null)
        {
            // No size table: no samples, unless another table says there are some.
            return !SampleTable.Any(b => b.Type is "stz2" or "stco" or "co64");
        }

        if (sizes.Length < 12)
        {
            return false;
        }

        var sampleSize = BinaryPrimitives.ReadUInt32BigEndian(sizes.AsSpan(4));
        long sampleCount = BinaryPrimitives.ReadUInt32BigEndian(sizes.AsSpan(8));
        if (sampleCount == 0)
        {
            return true;
        }

        if (sampleSize == 0 && sizes.Length < 12 + (4 * sampleCount))
        {
            return false;
        }

        var offsets = ChunkOffsets(file);
        var runs = Table(file, "stsc");
        if (offsets is null || runs is null || runs.Length < 8)
        {
            return false;
        }

        long runCount = BinaryPrimitives.ReadUInt32BigEndian(runs.AsSpan(4));
        if (runs.Length < 8 + (12 * runCount))
        {
            return false;
        }

        if (sampleSize != 0 && sampleCount > file.Length / sampleSize)
        {
            return false;
        }

        long sample = 0;
        long chunk = 1;
        for (var run = 0; run < runCount; run++)
        {
            long first = BinaryPrimitives.ReadUInt32BigEndian(runs.AsSpan(8 + (12 * run)));
            long perChunk = BinaryPrimitives.ReadUInt32BigEndian(runs.AsSpan(12 + (12 * run)));
            long last = run + 1 < runCount ? (long)BinaryPrimitives.ReadUInt32BigEndian(runs.AsSpan(8 + (12 * (run + 1)))) - 1 : offsets.Count;
            if (first != chunk || last < first - 1 || last > offsets.Count)
            {
                return false;
            }

            for (; chunk <= last; chunk++)
            {
                if (sample + perChunk > sampleCount)
                {
                    return false;
                }

                long length = 0;
                for (var i = 0; i < perChunk && sampleSize == 0; i++)
                {
                    length += BinaryPrimitives.ReadUInt32BigEndian(sizes.AsSpan((int)(12 + (4 * (sample + i)))));
                }

                ranges.Add((offsets[(int)chunk - 1], sampleSize == 0 ? length : sampleSize * perChunk));
                sample += perChunk;
            }
        }

        return sample == sampleCount && chunk == offsets.Count + 1;
    }

    private byte[]? Table(Stream file, string type) =>
        SampleTable.FirstOrDefault(b => b.Type == type) is { } box ? IsoMediaScrubber.Read(file, box) : null;

    /// <summary>Each chunk's offset in the file, from <c>stco</c> (32-bit) or <c>co64</c> (64-bit); null when neither can be read.</summary>
    private List<long>? ChunkOffsets(Stream file)
    {
        var wide = Table(file, "co64");
        var table = wide ?? Table(file, "stco");
        var width = wide is null ? 4 : 8;
        if (table is null || table.Length < 8)
        {
            return null;
        }

        long count = BinaryPrimitives.ReadUInt32BigEndian(table.AsSpan(4));
        if (table.Length < 8 + (width * count))
        {
            return null;
        }

        var offsets = new List<long>((int)count);
        for (var i = 0; i < count; i++)
        {
            var at = table.AsSpan(8 + (width * i));
            var offset = width == 4 ? BinaryPrimitives.ReadUInt32BigEndian(at) : BinaryPrimitives.ReadUInt64BigEndian(at);
            if (offset > (ulong)file.Length)
            {
                return null;
            }

            offsets.Add((long)offset);
        }

        return offsets;
    }
}
