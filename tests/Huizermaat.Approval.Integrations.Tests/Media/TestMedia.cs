using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using ImageMagick;

namespace Huizermaat.Approval.Integrations.Tests.Media;

/// <summary>Real files made in the test: photos with metadata (Magick.NET), a PNG bomb, MP4 boxes.</summary>
internal static class TestMedia
{
    public const string Latitude = "52.2";

    /// <summary>A JPEG as a phone makes it: EXIF with camera and GPS position, XMP and IPTC.</summary>
    public static byte[] PhotoWithLocation(uint width = 64, uint height = 48, ushort orientation = 1)
    {
        using var image = new MagickImage(MagickColors.CornflowerBlue, width, height);
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.Make, "Apple");
        exif.SetValue(ExifTag.Model, "iPhone 15");
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(52, 1), new Rational(12, 1), new Rational(3, 1)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(5, 1), new Rational(14, 1), new Rational(7, 1)]);
        exif.SetValue(ExifTag.Orientation, orientation);
        image.Orientation = (Orientation)orientation;
        image.SetProfile(exif);
        var iptc = new IptcProfile();
        iptc.SetValue(IptcTag.City, "Huizen");
        iptc.SetValue(IptcTag.Byline, "Juf Jansen");
        image.SetProfile(iptc);
        image.SetProfile(new XmpProfile(Encoding.UTF8.GetBytes(
            """<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="52,12.05N"/></rdf:RDF></x:xmpmeta><?xpacket end="w"?>""")));
        image.Format = MagickFormat.Jpeg;
        return image.ToByteArray();
    }

    public static byte[] Png(uint width, uint height, bool transparent = false)
    {
        using var image = new MagickImage(transparent ? MagickColors.Transparent : MagickColors.OrangeRed, width, height);
        image.Format = MagickFormat.Png;
        return image.ToByteArray();
    }

    /// <summary>
    /// A real decompression bomb: a valid 1-bit grayscale PNG of <paramref name="side"/> × <paramref name="side"/>
    /// pixels, all white, a few kilobytes compressed (decoded, it would take gigabytes).
    /// </summary>
    public static byte[] PngBomb(int side) => PngBomb(side, side);

    /// <summary>The same, <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public static byte[] PngBomb(int width, int height)
    {
        using var file = new MemoryStream();
        file.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 1; // bit depth
        header[9] = 0; // grayscale
        Chunk(file, "IHDR", header);
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[1 + ((width + 7) / 8)];
            Array.Fill(row, (byte)0xFF);
            row[0] = 0; // filter: none
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        Chunk(file, "IDAT", compressed.ToArray());
        Chunk(file, "IEND", []);
        return file.ToArray();
    }

    /// <summary>
    /// A GIF89a written byte by byte: a logical screen of <paramref name="screenWidth"/> × <paramref name="screenHeight"/>,
    /// a two-colour palette and one image descriptor per frame (its position and size on the screen). A 1 × 1 frame
    /// holds its one pixel; a larger frame holds only the LZW clear and end codes, so a file that announces
    /// 65,535 × 65,535 pixels takes a few dozen bytes (decoding it would still allocate the whole frame).
    /// </summary>
    public static byte[] Gif(ushort screenWidth, ushort screenHeight, params GifFrame[] frames)
    {
        using var file = new MemoryStream();
        file.Write("GIF89a"u8);
        Span<byte> word = stackalloc byte[2];
        foreach (var value in new[] { screenWidth, screenHeight })
        {
            BinaryPrimitives.WriteUInt16LittleEndian(word, value);
            file.Write(word);
        }

        file.Write([0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF]); // global palette of 2 colours: black, white
        foreach (var frame in frames)
        {
            file.WriteByte(0x2C);
            foreach (var value in new[] { frame.Left, frame.Top, frame.Width, frame.Height })
            {
                BinaryPrimitives.WriteUInt16LittleEndian(word, value);
                file.Write(word);
            }

            file.WriteByte(0); // no local palette, not interlaced
            // LZW, minimum code size 2 (clear 4, end 5, 3-bit codes): clear, pixel 0, end; or clear, end.
            file.Write(frame is { Width: 1, Height: 1 } ? [2, 2, 0x44, 0x01, 0] : [2, 1, 0x2C, 0]);
        }

        file.WriteByte(0x3B);
        return file.ToArray();
    }

    /// <summary>An MP4 skeleton: ftyp, a moov with a udta holding a ©xyz location and a video track with its own meta, and mdat.</summary>
    public static byte[] Mp4WithLocation()
    {
        var location = Box("\u00A9xyz", [0, 12, 0x15, 0xC7, .. Encoding.ASCII.GetBytes("+52.2000+005.2400/")]);
        var trackMeta = Box("meta", [0, 0, 0, 0, .. Box("keys", Encoding.ASCII.GetBytes("com.apple.quicktime.location.ISO6709"))]);
        var video = Box("mdia", Box("hdlr", Handler("vide")));
        var moov = Box("moov", [.. Box("mvhd", new byte[100]), .. Box("trak", [.. Box("tkhd", new byte[84]), .. video, .. trackMeta]), .. Box("udta", location)]);
        return [.. Box("ftyp", [.. "isom"u8, 0, 0, 2, 0, .. "isomiso2mp41"u8]), .. moov, .. Box("mdat", new byte[64])];
    }

    /// <summary>
    /// An MP4 with <c>moov</c> first and one track per entry of <paramref name="tracks"/> (its handler type and its one
    /// sample, in <c>mdat</c> in that order), each with a sample table whose one chunk points at its sample. The first
    /// track refers to every other one (<c>tref</c>/<c>tmcd</c>). <paramref name="variant"/> changes the tracks that are
    /// neither video nor sound.
    /// </summary>
    public static byte[] Mp4WithTracks(Mp4Variant variant, params (string Handler, byte[] Sample)[] tracks)
    {
        byte[] ftyp = Box("ftyp", [.. "isom"u8, 0, 0, 2, 0, .. "isomiso2mp41"u8]);
        var moovLength = Moov(new long[tracks.Length]).Length; // the offsets do not change its size
        var offsets = new long[tracks.Length];
        var next = (long)ftyp.Length + moovLength + 8;
        for (var i = 0; i < tracks.Length; i++)
        {
            offsets[i] = next;
            next += tracks[i].Sample.Length;
        }

        byte[] tail = variant == Mp4Variant.Fragmented ? Box("moof", Box("mfhd", new byte[8])) : [];
        return [.. ftyp, .. Moov(offsets), .. Box("mdat", [.. tracks.SelectMany(t => t.Sample)]), .. tail];

        byte[] Moov(long[] chunkOffsets)
        {
            var traks = tracks.Select((track, i) =>
            {
                var other = track.Handler is not ("vide" or "soun");
                var tkhd = new byte[84];
                BinaryPrimitives.WriteUInt32BigEndian(tkhd.AsSpan(12), (uint)(i + 1));
                byte[] tref = i == 0 && tracks.Length > 1
                    ? Box("tref", Box("tmcd", [.. Enumerable.Range(2, tracks.Length - 1).SelectMany(id => BigEndian((uint)id))]))
                    : [];
                var offset = other && variant == Mp4Variant.OffsetOutsideMdat ? 0 : chunkOffsets[i];
                var samplesPerChunk = other && variant == Mp4Variant.ChunkTableOverrunsSamples ? 2u : 1u;
                byte[] sizes = other && variant == Mp4Variant.CompactSampleSizes
                    ? Box("stz2", [0, 0, 0, 0, 0, 0, 0, 8, .. BigEndian(1), (byte)track.Sample.Length])
                    : Box("stsz", [0, 0, 0, 0, .. BigEndian(0), .. BigEndian(1), .. BigEndian((uint)track.Sample.Length)]);
                var stbl = Box("stbl", [
                    .. Box("stsd", [0, 0, 0, 0, .. BigEndian(0)]),
                    .. Box("stts", [0, 0, 0, 0, .. BigEndian(1), .. BigEndian(1), .. BigEndian(1)]),
                    .. Box("stsc", [0, 0, 0, 0, .. BigEndian(1), .. BigEndian(1), .. BigEndian(samplesPerChunk), .. BigEndian(1)]),
                    .. sizes,
                    .. Box("stco", [0, 0, 0, 0, .. BigEndian(1), .. BigEndian((uint)offset)])]);
                var mdia = Box("mdia", [.. Box("mdhd", Timescaled(24)), .. Box("hdlr", Handler(track.Handler)), .. Box("minf", stbl)]);
                return Box("trak", [.. Box("tkhd", tkhd), .. tref, .. mdia]);
            });
            byte[] mvex = variant == Mp4Variant.Fragmented ? Box("mvex", Box("trex", new byte[24])) : [];
            return Box("moov", [.. Box("mvhd", Timescaled(100)), .. traks.SelectMany(t => t), .. mvex]);
        }
    }

    public static byte[] Box(string type, byte[] payload)
    {
        var box = new byte[8 + payload.Length];
        BinaryPrimitives.WriteUInt32BigEndian(box, (uint)box.Length);
        Encoding.Latin1.GetBytes(type, box.AsSpan(4));
        payload.CopyTo(box, 8);
        return box;
    }

    /// <summary>A <c>hdlr</c> payload: version and flags, pre-defined, the handler type, reserved, an empty name.</summary>
    private static byte[] Handler(string type) => [0, 0, 0, 0, 0, 0, 0, 0, .. Encoding.Latin1.GetBytes(type), .. new byte[12], 0];

    /// <summary>An <c>mvhd</c> or <c>mdhd</c> payload of <paramref name="length"/> bytes, zeros but for a time scale of 1,000.</summary>
    private static byte[] Timescaled(int length)
    {
        var payload = new byte[length];
        BinaryPrimitives.WriteUInt32BigEndian(payload.AsSpan(12), 1000);
        return payload;
    }

    private static byte[] BigEndian(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }

    private static void Chunk(Stream file, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        file.Write(length);
        var typed = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type, typed);
        data.CopyTo(typed, 4);
        file.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(length, Crc32(typed));
        file.Write(length);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}

/// <summary>A frame of <see cref="TestMedia.Gif"/>: where it sits on the logical screen and its size.</summary>
internal sealed record GifFrame(ushort Left, ushort Top, ushort Width, ushort Height);

/// <summary>How <see cref="TestMedia.Mp4WithTracks"/> builds the tracks that are neither video nor sound.</summary>
public enum Mp4Variant
{
    Plain,

    /// <summary>The movie is fragmented (<c>mvex</c>, and a <c>moof</c> after <c>mdat</c>): samples may also live in fragments.</summary>
    Fragmented,

    /// <summary>Sample sizes in a compact <c>stz2</c> table.</summary>
    CompactSampleSizes,

    /// <summary>The chunk offset points at the start of the file, not into <c>mdat</c>.</summary>
    OffsetOutsideMdat,

    /// <summary>The sample-to-chunk table claims two samples in the one chunk, the size table has one.</summary>
    ChunkTableOverrunsSamples,
}
