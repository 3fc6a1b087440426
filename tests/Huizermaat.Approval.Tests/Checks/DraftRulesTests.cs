using Huizermaat.Approval.Checks;
using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Tests.Checks;

public sealed class DraftRulesTests
{
    [Fact]
    public void A_draft_without_acknowledged_permanence_blocks_on_A4()
    {
        var draft = Drafts.Official("Open dag!") with { AcknowledgedPermanence = false };

        Assert.Equal(["A.4"], Drafts.BlockingRules(draft));
    }

    [Fact]
    public void A_draft_without_capacity_blocks_on_B2()
    {
        var draft = Drafts.Official("Open dag!") with { Capacity = null };

        Assert.Equal(["B.2"], Drafts.BlockingRules(draft));
    }

    [Fact]
    public void A_photo_without_people_or_nobody_identifiable_blocks_on_A5()
    {
        var draft = Drafts.Official("Sportdag") with { Media = [Drafts.Photo() with { NoIdentifiablePeople = false }] };

        Assert.Equal(["A.5"], Drafts.BlockingRules(draft));
    }

    [Fact]
    public void A_photo_that_names_people_and_nobody_identifiable_blocks_on_A5()
    {
        var draft = Drafts.Official("Sportdag") with { Media = [Drafts.Photo("p-1") with { NoIdentifiablePeople = true }] };

        Assert.Equal(["A.5"], Drafts.BlockingRules(draft));
    }

    [Fact]
    public void Audio_asks_who_can_be_heard()
    {
        var audio = new MediaItem(MediaKind.Audio, "koor.mp3", [], false, true);
        var finding = Assert.Single(Drafts.Check(Drafts.Official("Koor", Channel.Mastodon) with { Media = [audio] }));

        Assert.Contains("te horen", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, false, "vermeld wie het gemaakt heeft en bevestig")]
    [InlineData("Anna de Wit", false, "bevestig dat Anna de Wit toestemming gaf")]
    [InlineData(null, true, "vermeld wie het gemaakt heeft")]
    public void Media_that_is_not_own_work_needs_creator_and_permission(string? creator, bool permission, string message)
    {
        var photo = Drafts.Photo() with { OwnWork = false, Creator = creator, CreatorPermission = permission };

        var finding = Assert.Single(Drafts.Check(Drafts.Official("Cartoon") with { Media = [photo] }));

        Assert.Equal("BD.3", finding.Rule);
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Borrowed_media_with_creator_and_permission_passes()
    {
        var photo = Drafts.Photo() with { OwnWork = false, Creator = "Anna de Wit", CreatorPermission = true };

        Assert.Empty(Drafts.Check(Drafts.Official("Cartoon") with { Media = [photo] }));
    }
}
