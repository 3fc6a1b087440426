using Huizermaat.Approval.Workflow;

namespace Huizermaat.Approval.Tests.Workflow;

public sealed class RevisionHashTests
{
    [Fact]
    public void The_same_text_and_media_give_the_same_hash()
    {
        Assert.Equal(RevisionHash.Compute("Hallo", ["m1", "m2"]), RevisionHash.Compute("Hallo", ["m1", "m2"]));
    }

    [Fact]
    public void A_changed_text_gives_another_hash()
    {
        Assert.NotEqual(RevisionHash.Compute("Hallo", ["m1"]), RevisionHash.Compute("Hallo!", ["m1"]));
    }

    [Fact]
    public void Other_or_reordered_media_give_another_hash()
    {
        var original = RevisionHash.Compute("Hallo", ["m1", "m2"]);

        Assert.NotEqual(original, RevisionHash.Compute("Hallo", ["m2", "m1"]));
        Assert.NotEqual(original, RevisionHash.Compute("Hallo", ["m1"]));
    }

    [Fact]
    public void Moving_characters_between_text_and_media_ids_gives_another_hash()
    {
        Assert.NotEqual(RevisionHash.Compute("ab", ["c"]), RevisionHash.Compute("a", ["bc"]));
    }
}
