using System.Buffers.Binary;
using System.Text;
using TagLib;

namespace Huizermaat.Approval.Integrations.Tests.Media;

/// <summary>Real audio files made in the test: MPEG frames and PCM samples, tagged by TagLib# as a recorder or an editor would.</summary>
internal static class TestAudio
{
    public const string PupilName = "Fenna de Vries";
    public const string Place = "Huizen";

    /// <summary>
    /// <paramref name="count"/> MPEG-1 layer III frames (128 kbit/s, 44.1 kHz, 417 bytes each, digital silence), each
    /// numbered in its payload so that a reordered or shortened copy is told apart.
    /// </summary>
    public static byte[] Mp3Frames(int count)
    {
        var frames = new byte[count * 417];
        for (var i = 0; i < count; i++)
        {
            var frame = frames.AsSpan(i * 417, 417);
            frame[0] = 0xFF;
            frame[1] = 0xFB; // MPEG-1, layer III, no CRC
            frame[2] = 0x90; // 128 kbit/s, 44.1 kHz, no padding
            frame[3] = 0xC4; // mono
            frame[^1] = (byte)i;
        }

        return frames;
    }

    /// <summary>An MP3 with an ID3v2 tag (title, artist, comment, a JPEG cover) in front and an ID3v1 tag behind.</summary>
    public static byte[] TaggedMp3(byte[] frames)
    {
        var file = new InMemoryTagFile("recording.mp3", frames);
        using (var mp3 = TagLib.File.Create(file, "audio/mpeg", ReadStyle.None))
        {
            var id3v2 = (TagLib.Id3v2.Tag)mp3.GetTag(TagTypes.Id3v2, create: true);
            id3v2.Title = $"Spreekbeurt {PupilName}";
            id3v2.Performers = [PupilName];
            id3v2.Comment = $"Opgenomen in {Place}, 52.2N 5.24E";
            id3v2.Pictures = [new Picture(new ByteVector(TestMedia.PhotoWithLocation())) { Type = PictureType.FrontCover, MimeType = "image/jpeg" }];
            var id3v1 = mp3.GetTag(TagTypes.Id3v1, create: true);
            id3v1.Title = PupilName;
            id3v1.Comment = Place;
            mp3.Save();
        }

        return file.Content;
    }

    /// <summary>A PCM WAV file: 8 kHz, 16-bit mono, a rising ramp of <paramref name="samples"/> samples.</summary>
    public static byte[] Wav(int samples)
    {
        var data = samples * 2;
        using var file = new MemoryStream();
        using (var writer = new BinaryWriter(file, Encoding.ASCII, leaveOpen: true))
        {
            writer.Write("RIFF"u8);
            writer.Write(36 + data);
            writer.Write("WAVEfmt "u8);
            writer.Write(16);
            writer.Write((short)1);
            writer.Write((short)1);
            writer.Write(8000);
            writer.Write(16000);
            writer.Write((short)2);
            writer.Write((short)16);
            writer.Write("data"u8);
            writer.Write(data);
            for (var i = 0; i < samples; i++)
            {
                writer.Write((short)(i * 37));
            }
        }

        return file.ToArray();
    }

    /// <summary>A WAV file with a LIST/INFO chunk (title, artist, comment) and an id3 chunk, as editors write them.</summary>
    public static byte[] TaggedWav(byte[] wav)
    {
        var file = new InMemoryTagFile("recording.wav", wav);
        using (var riff = TagLib.File.Create(file, "audio/wav", ReadStyle.None))
        {
            var info = riff.GetTag(TagTypes.RiffInfo, create: true);
            info.Title = $"Spreekbeurt {PupilName}";
            info.Performers = [PupilName];
            info.Comment = $"Opgenomen in {Place}";
            var id3 = riff.GetTag(TagTypes.Id3v2, create: true);
            id3.Album = Place;
            riff.Save();
        }

        // TagLib# 2.3.0 appends the chunks behind the RIFF form without growing its size (Riff/File.cs compares the
        // insert position with the size field, not with size + 8); editors that write these chunks correctly do.
        var tagged = file.Content;
        BinaryPrimitives.WriteInt32LittleEndian(tagged.AsSpan(4), tagged.Length - 8);
        return tagged;
    }

    /// <summary>The bytes of the <c>data</c> chunk of a WAV file.</summary>
    public static byte[] WavSamples(byte[] wav)
    {
        var at = wav.AsSpan().IndexOf("data"u8);
        var length = BitConverter.ToInt32(wav, at + 4);
        return wav[(at + 8)..(at + 8 + length)];
    }
}
