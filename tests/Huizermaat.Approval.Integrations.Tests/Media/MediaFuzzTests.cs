using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Integrations.Media;
using Huizermaat.Approval.Media;
using Huizermaat.Approval.Tests.Fuzzing;
using ImageMagick;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Integrations.Tests.Media;

/// <summary>
/// A corpus of real files of every accepted format, mutated byte by byte as a fuzzer does (bits flipped, sizes and
/// counts overwritten with extreme values, ranges cut, repeated or spliced in from another file), through the sniffer,
/// the scrubbers and the image decoder of <see cref="MediaPipeline"/>: every input is stored or refused with a
/// <see cref="MediaRejectedException"/>. Seeded like the core's fuzz tests (<c>FUZZ_SEED</c>, <c>FUZZ_CASES</c>); a
/// failing input is also written to the temporary folder.
/// </summary>
public sealed class MediaFuzzTests
{
    private static readonly uint[] Extremes = [0, 1, 7, 8, 16, 0x7F, 0x80, 0xFF, 0xFFFF, 0x10000, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF];

    private static readonly Lazy<IReadOnlyList<byte[]>> Corpus = new(() =>
    {
        using var webp = new MagickImage(MagickColors.Teal, 32, 24) { Format = MagickFormat.WebP };
        using var frames = new MagickImageCollection();
        foreach (var color in new[] { MagickColors.Red, MagickColors.Green, MagickColors.Blue })
        {
            frames.Add(new MagickImage(color, 20, 20) { AnimationDelay = 10 });
        }

        byte[] m4a = TestMedia.Mp4WithTracks(Mp4Variant.Plain, ("soun", "SOUND-1"u8.ToArray()), ("text", "Hoofdstuk 1"u8.ToArray()));
        "M4A "u8.CopyTo(m4a.AsSpan(8));
        var fixtures = Path.Combine(AppContext.BaseDirectory, "Media", "Fixtures");
        return
        [
            TestMedia.PhotoWithLocation(),
            TestMedia.Png(40, 30, transparent: true),
            frames.ToByteArray(MagickFormat.Gif),
            TestMedia.Gif(2, 2, new GifFrame(0, 0, 1, 1), new GifFrame(1, 1, 1, 1)),
            webp.ToByteArray(),
            File.ReadAllBytes(Path.Combine(fixtures, "phone-with-location.heic")),
            TestMedia.Mp4WithLocation(),
            TestMedia.Mp4WithTracks(Mp4Variant.Plain, ("vide", "VIDEO-FRAME-1"u8.ToArray()), ("meta", "GPS+52.2000+005.2400"u8.ToArray()), ("soun", "SOUND-1"u8.ToArray())),
            File.ReadAllBytes(Path.Combine(fixtures, "camera-with-gps-track.mov")),
            m4a,
            TestAudio.TaggedMp3(TestAudio.Mp3Frames(4)),
            TestAudio.TaggedWav(TestAudio.Wav(200)),
        ];
    });

    [Fact]
    public async Task Mutated_photos_videos_and_recordings_are_stored_or_refused_with_a_MediaRejectedException()
    {
        var pipeline = new MediaPipeline(new InMemoryMediaStore(), Options.Create(new MediaPipelineOptions { MaxPixels = 2_000_000 }), NullLogger<MediaPipeline>.Instance, TestFaces.Detector);

        await Fuzz.RunAsync(
            Fuzz.Cases(600),
            random => Mutate(random, Corpus.Value[random.Next(Corpus.Value.Count)]),
            async input =>
            {
                var processed = await pipeline.ProcessAsync(new MemoryStream(input), CancellationToken.None);
                if (processed.Kind == MediaKind.Video)
                {
                    // Videos are scrubbed in place: nothing moves, nothing is added or cut.
                    Assert.Equal(input.Length, processed.Content.Length);
                }
            },
            [typeof(MediaRejectedException)],
            Save,
            timeLimit: TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task The_unmutated_corpus_is_accepted()
    {
        var pipeline = new MediaPipeline(new InMemoryMediaStore(), Options.Create(new MediaPipelineOptions()), NullLogger<MediaPipeline>.Instance, TestFaces.Detector);

        foreach (var file in Corpus.Value)
        {
            var processed = await pipeline.ProcessAsync(new MemoryStream(file), CancellationToken.None);
            Assert.NotEmpty(processed.Content);
        }
    }

    private static byte[] Mutate(Random random, byte[] original)
    {
        var bytes = new List<byte>(original);
        for (var round = random.Next(1, 5); round > 0 && bytes.Count > 0; round--)
        {
            var at = random.Next(bytes.Count);
            var length = random.Next(1, Math.Min(64, bytes.Count - at) + 1);
            switch (random.Next(7))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes[at] = (byte)Extremes[random.Next(Extremes.Length)];
                    break;
                case 2:
                    // A size, count or offset field: 2, 4 or 8 bytes, big- or little-endian.
                    var value = random.Next(4) == 0 ? (uint)original.Length + (uint)random.Next(-8, 9) : Extremes[random.Next(Extremes.Length)];
                    var width = new[] { 2, 4, 8 }[random.Next(3)];
                    var field = new byte[width];
                    for (var i = 0; i < Math.Min(width, 4); i++)
                    {
                        field[random.Next(2) == 0 ? width - 1 - i : i] = (byte)(value >> (8 * i));
                    }

                    for (var i = 0; i < width && at + i < bytes.Count; i++)
                    {
                        bytes[at + i] = field[i];
                    }

                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 4:
                    bytes.RemoveRange(at, length);
                    break;
                case 5:
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                default:
                    var other = Corpus.Value[random.Next(Corpus.Value.Count)];
                    var from = random.Next(other.Length);
                    bytes.InsertRange(at, other.AsSpan(from, Math.Min(random.Next(1, 512), other.Length - from)).ToArray());
                    break;
            }
        }

        return [.. bytes];
    }

    private static string Save(byte[] input)
    {
        var path = Path.Combine(Path.GetTempPath(), $"media-fuzz-{Fuzz.Seed}-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, input);
        return $"{input.Length} bytes, starting {Convert.ToHexString(input.AsSpan(0, Math.Min(32, input.Length)))}, saved as {path}";
    }
}
