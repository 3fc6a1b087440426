using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Language;

namespace Huizermaat.Approval.Tests.Language;

public sealed class DutchTextTests
{
    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "Instagram" }, "Instagram")]
    [InlineData(new[] { "Instagram", "Facebook" }, "Instagram en Facebook")]
    [InlineData(new[] { "Instagram", "Facebook", "X" }, "Instagram, Facebook en X")]
    public void Lists_end_with_en(string[] items, string expected) => Assert.Equal(expected, DutchText.List(items));

    [Fact]
    public void Channels_are_named_as_people_know_them() =>
        Assert.Equal("Instagram, LinkedIn en X", DutchText.Channels([Channel.Instagram, Channel.LinkedIn, Channel.X]));

    [Theory]
    [InlineData(new[] { MediaKind.Photo }, "een foto")]
    [InlineData(new[] { MediaKind.Photo, MediaKind.Photo }, "2 foto's")]
    [InlineData(new[] { MediaKind.Video, MediaKind.Photo, MediaKind.Photo }, "2 foto's en een video")]
    [InlineData(new[] { MediaKind.Audio }, "een geluidsopname")]
    public void Media_are_counted_in_words(MediaKind[] kinds, string expected) => Assert.Equal(expected, DutchText.Media(kinds));

    [Fact]
    public void The_opening_of_a_long_text_ends_at_a_word_on_one_line()
    {
        var opening = DutchText.Opening("Wat een mooie open dag!\nVragen? Bel de school, of kom langs op maandag tussen negen en twaalf uur.", 40);

        Assert.Equal("Wat een mooie open dag! Vragen? Bel de…", opening);
        Assert.True(opening.Length <= 40);
    }
}
