using Huizermaat.Approval.Checks;
using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Tests.Checks;

public sealed class ChannelLimitsTests
{
    [Theory]
    [InlineData(Channel.X, 280, "CH.X")]
    [InlineData(Channel.Mastodon, 500, "CH.MASTODON")]
    [InlineData(Channel.LinkedIn, 3_000, "CH.LINKEDIN")]
    [InlineData(Channel.Facebook, 63_206, "CH.FACEBOOK")]
    public void Text_at_the_limit_passes_and_one_more_character_blocks(Channel channel, int limit, string rule)
    {
        Assert.Empty(Drafts.BlockingRules(Drafts.Official(new string('a', limit), channel)));

        var finding = Assert.Single(Drafts.Check(Drafts.Official(new string('a', limit + 1), channel)));

        Assert.Equal(rule, finding.Rule);
        Assert.Contains("Maak hem 1 teken korter.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Instagram_caption_of_2200_characters_passes_with_a_photo_and_2201_blocks()
    {
        var photo = Drafts.Photo();

        Assert.Empty(Drafts.Check(Drafts.Official(new string('a', 2_200), Channel.Instagram) with { Media = [photo] }));
        Assert.Equal(["CH.INSTAGRAM"], Drafts.BlockingRules(Drafts.Official(new string('a', 2_201), Channel.Instagram) with { Media = [photo] }));
    }

    [Fact]
    public void An_unpaired_surrogate_counts_as_a_symbol_on_X()
    {
        Assert.Equal(4, PostLength.Of("ab\ud83d", Channel.X));
        Assert.Equal(3, PostLength.Of("ab\ud83d", Channel.Mastodon));
    }

    [Fact]
    public void Instagram_needs_a_photo_or_video()
    {
        var finding = Assert.Single(Drafts.Check(Drafts.Official("Open dag", Channel.Instagram)));

        Assert.Equal("CH.INSTAGRAM", finding.Rule);
        Assert.Contains("foto of video", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void X_counts_a_link_as_23_characters()
    {
        var text = new string('a', 256) + " https://www.huizermaat.nl/nieuws/een-heel-lang-adres-dat-langer-is-dan-23-tekens";

        Assert.Empty(Drafts.BlockingRules(Drafts.Official(text, Channel.X)));
    }

    [Fact]
    public void X_counts_emoji_double()
    {
        Assert.Equal(["CH.X"], Drafts.BlockingRules(Drafts.Official(string.Concat(Enumerable.Repeat("🎉", 141)), Channel.X)));
        Assert.Empty(Drafts.BlockingRules(Drafts.Official(string.Concat(Enumerable.Repeat("🎉", 140)), Channel.X)));
    }

    [Fact]
    public void Five_photos_are_too_many_for_X_and_Mastodon_but_fine_for_Facebook()
    {
        var photos = Enumerable.Range(0, 5).Select(_ => Drafts.Photo()).ToList();

        var draft = Drafts.Official("Sportdag", Channel.X, Channel.Mastodon, Channel.Facebook) with { Media = photos };

        Assert.Equal(["CH.MASTODON", "CH.X"], Drafts.BlockingRules(draft));
    }

    [Fact]
    public void Audio_is_refused_where_the_network_takes_none()
    {
        var audio = new MediaItem(MediaKind.Audio, "koor.mp3", [], true, true);

        var draft = Drafts.Official("Koor", Channel.Facebook, Channel.Mastodon) with { Media = [audio] };

        Assert.Equal(["CH.FACEBOOK"], Drafts.BlockingRules(draft));
    }

    [Fact]
    public void Photos_and_a_video_together_block_on_X()
    {
        var video = new MediaItem(MediaKind.Video, "clip.mp4", [], true, true);

        var draft = Drafts.Official("Sportdag", Channel.X) with { Media = [Drafts.Photo(), video] };

        Assert.Contains("niet samen", Assert.Single(Drafts.Check(draft)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_30_hashtags_block_on_Instagram()
    {
        var text = string.Join(' ', Enumerable.Range(0, 31).Select(i => $"#tag{i}"));

        var draft = Drafts.Official(text, Channel.Instagram) with { Media = [Drafts.Photo()] };

        Assert.Equal(["CH.INSTAGRAM"], Drafts.BlockingRules(draft));
    }

    [Fact]
    public void A_draft_without_channels_blocks()
    {
        Assert.Equal([ChannelLimitsCheck.NoChannelRule], Drafts.BlockingRules(Drafts.Official("Open dag") with { Channels = [] }));
    }
}
