using System.Buffers.Binary;
using System.Text;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Integrations.Media;
using Huizermaat.Approval.Media;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TagLib;

namespace Huizermaat.Approval.Integrations.Tests.Media;

public sealed class MediaPipelineAudioTests
{
    [Fact]
    public async Task An_MP3_is_stored_without_its_ID3v2_tag_cover_art_and_ID3v1_tag_and_with_its_frames_unchanged()
    {
        var frames = TestAudio.Mp3Frames(40);
        var tagged = TestAudio.TaggedMp3(frames);
        Assert.Equal(TagTypes.Id3v1 | TagTypes.Id3v2, InMemoryTagFile.TagsOn(tagged, "audio/mpeg"));
        Assert.Contains(TestAudio.PupilName, Encoding.Latin1.GetString(tagged), StringComparison.Ordinal);
        Assert.Contains("iPhone", Encoding.Latin1.GetString(tagged), StringComparison.Ordinal); // the cover's own EXIF
        var store = new InMemoryMediaStore();

        var media = await Pipeline(store).IngestAsync(new MemoryStream(tagged), CancellationToken.None);

        Assert.Equal((MediaKind.Audio, "audio/mpeg"), (media.Kind, media.ContentType));
        var stored = await ReadAsync(store, media.MediaId);
        Assert.Equal(frames, stored);
        Assert.Equal(frames.Length, media.Length);
        Assert.Equal(TagTypes.None, InMemoryTagFile.TagsOn(stored, "audio/mpeg"));
        var audio = InMemoryTagFile.AudioOf(stored, "audio/mpeg");
        Assert.Equal((44100, 128), (audio.AudioSampleRate, audio.AudioBitrate));
    }

    [Fact]
    public async Task Two_joined_MP3s_lose_their_APE_and_ID3_tags_at_both_ends_and_in_the_middle()
    {
        var first = TestAudio.Mp3Frames(20);
        var second = TestAudio.Mp3Frames(7);
        var file = new InMemoryTagFile("recording.mp3", TestAudio.TaggedMp3(first));
        using (var mp3 = TagLib.File.Create(file, "audio/mpeg", ReadStyle.None))
        {
            mp3.GetTag(TagTypes.Ape, create: true).Title = TestAudio.PupilName;
            mp3.Save();
        }

        Assert.Equal(TagTypes.Ape | TagTypes.Id3v1 | TagTypes.Id3v2, InMemoryTagFile.TagsOn(file.Content, "audio/mpeg"));
        byte[] joined = [.. file.Content, .. TestAudio.TaggedMp3(second)];

        var processed = await Pipeline().ProcessAsync(new MemoryStream(joined), CancellationToken.None);

        Assert.Equal([.. first, .. second], processed.Content);
        Assert.DoesNotContain(TestAudio.PupilName, Encoding.Latin1.GetString(processed.Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_MP3_whose_ID3v2_tag_claims_more_bytes_than_the_file_has_is_refused()
    {
        var frames = TestAudio.Mp3Frames(5);
        byte[] tag = [.. "ID3"u8, 3, 0, 0, 0x7F, 0x7F, 0x7F, 0x7F, .. "TIT2"u8];

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => Pipeline().ProcessAsync(new MemoryStream([.. tag, .. frames]), CancellationToken.None));

        Assert.Equal(MediaRejection.Corrupt, error.Reason);
        Assert.Contains("runs past its end", error.Message, StringComparison.Ordinal);
        Assert.Contains("beschadigd of onvolledig", error.DutchMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_MP3_with_a_size_that_is_not_syncsafe_is_refused_rather_than_stored_with_its_tag()
    {
        byte[] tag = [.. "ID3"u8, 3, 0, 0, 0, 0, 0, 0x80, .. new byte[0x80]];

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => Pipeline().ProcessAsync(new MemoryStream([.. tag, .. TestAudio.Mp3Frames(5)]), CancellationToken.None));

        Assert.Equal(MediaRejection.Corrupt, error.Reason);
    }

    [Fact]
    public async Task An_MP3_with_a_page_appended_or_a_truncated_last_frame_is_refused()
    {
        var frames = TestAudio.Mp3Frames(5);

        var appended = await Assert.ThrowsAsync<MediaRejectedException>(() => Pipeline().ProcessAsync(new MemoryStream([.. frames, .. "<html><script>alert(1)</script>"u8]), CancellationToken.None));
        var truncated = await Assert.ThrowsAsync<MediaRejectedException>(() => Pipeline().ProcessAsync(new MemoryStream(frames[..^10]), CancellationToken.None));

        Assert.Equal(MediaRejection.Corrupt, appended.Reason);
        Assert.Equal(MediaRejection.Corrupt, truncated.Reason);
    }

    [Fact]
    public async Task A_WAV_is_stored_without_its_LIST_INFO_and_id3_chunks_and_with_its_samples_unchanged()
    {
        var wav = TestAudio.Wav(samples: 900);
        var tagged = TestAudio.TaggedWav(wav);
        Assert.Equal(TagTypes.RiffInfo | TagTypes.Id3v2, InMemoryTagFile.TagsOn(tagged, "audio/wav"));
        Assert.Contains(TestAudio.PupilName, Encoding.Latin1.GetString(tagged), StringComparison.Ordinal);
        var store = new InMemoryMediaStore();

        var media = await Pipeline(store).IngestAsync(new MemoryStream(tagged), CancellationToken.None);

        var stored = await ReadAsync(store, media.MediaId);
        Assert.Equal((MediaKind.Audio, "audio/wav"), (media.Kind, media.ContentType));
        Assert.Equal(TestAudio.WavSamples(wav), TestAudio.WavSamples(stored));
        Assert.Equal(wav, stored);
        Assert.Equal(stored.Length - 8, BinaryPrimitives.ReadInt32LittleEndian(stored.AsSpan(4)));
        Assert.Equal(TagTypes.None, InMemoryTagFile.TagsOn(stored, "audio/wav"));
        Assert.Equal(TimeSpan.FromSeconds(900 / 8000.0), InMemoryTagFile.AudioOf(stored, "audio/wav").Duration);
        Assert.DoesNotContain(TestAudio.Place, Encoding.Latin1.GetString(stored), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_WAV_whose_LIST_chunk_runs_past_the_end_is_refused()
    {
        var wav = TestAudio.Wav(samples: 100);
        byte[] list = [.. "LIST"u8, 0x00, 0x10, 0, 0, .. "INFOINAM"u8, 6, 0, 0, 0, .. "Fenna\0"u8];
        byte[] broken = [.. wav, .. list];
        BinaryPrimitives.WriteInt32LittleEndian(broken.AsSpan(4), broken.Length - 8);

        var error = await Assert.ThrowsAsync<MediaRejectedException>(() => Pipeline().ProcessAsync(new MemoryStream(broken), CancellationToken.None));

        Assert.Equal(MediaRejection.Corrupt, error.Reason);
        Assert.Contains("beschadigd of onvolledig", error.DutchMessage, StringComparison.Ordinal);
    }

    private static async Task<byte[]> ReadAsync(InMemoryMediaStore store, string mediaId)
    {
        await using var content = await store.OpenReadAsync(mediaId, CancellationToken.None);
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static MediaPipeline Pipeline(InMemoryMediaStore? store = null) =>
        new(store ?? new InMemoryMediaStore(), Options.Create(new MediaPipelineOptions()), NullLogger<MediaPipeline>.Instance, TestFaces.Detector);
}
