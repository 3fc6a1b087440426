using Huizermaat.Approval.Checks;
using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Tests.Checks;

public sealed class PersonalPostTests
{
    private const string Disclaimer =
        "Dit is mijn persoonlijke mening, los van de officiële standpunten van Huizermaat. Ik ben niet verantwoordelijk voor reacties van anderen.";

    [Fact]
    public void A_personal_post_about_school_without_disclosure_and_disclaimer_blocks_on_both_with_fixes()
    {
        var findings = Drafts.Check(Drafts.Personal("Huizermaat moet stoppen met die eindeloze vergaderingen."));

        Assert.Equal(PersonalPostCheck.DisclosureSentence, Assert.Single(findings, f => f.Rule == "C.2").SuggestedFix);
        var disclaimer = Assert.Single(findings, f => f.Rule == "C.3").SuggestedFix;
        Assert.Contains("persoonlijke mening", disclaimer, StringComparison.Ordinal);
        Assert.Contains("derden", disclaimer, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Als mentor bij Huizermaat ben ik trots op mijn klas.")]
    [InlineData("Ik werk bij Huizermaat en ik ben trots op mijn leerlingen.")]
    [InlineData("Ik ben docent wiskunde op Huizermaat; mijn klas won.")]
    [InlineData("As a teacher at Huizermaat I am proud of my students.")]
    public void A_personal_post_with_disclosure_and_disclaimer_passes(string text)
    {
        var english = text.StartsWith("As", StringComparison.Ordinal)
            ? " These are my own views, not necessarily those of Huizermaat. I am not responsible for comments by others."
            : " " + Disclaimer;

        Assert.Empty(Drafts.BlockingRules(Drafts.Personal(text + english)));
    }

    [Fact]
    public void A_disclaimer_without_the_third_parties_part_blocks_on_C3_and_offers_that_sentence()
    {
        var draft = Drafts.Personal("Ik werk bij Huizermaat. Mijn klas won! Dit is mijn persoonlijke mening, los van de standpunten van Huizermaat.");

        var finding = Assert.Single(Drafts.Check(draft), f => f.Severity == Severity.Block);

        Assert.Equal("C.3", finding.Rule);
        Assert.Equal(PersonalPostCheck.ThirdPartiesSentence, finding.SuggestedFix);
    }

    [Fact]
    public void A_post_for_X_is_offered_the_short_disclaimer_which_satisfies_C3()
    {
        const string Text = "Ik werk bij Huizermaat. Wat een mooie sportdag op school!";

        var fix = Assert.Single(Drafts.Check(Drafts.Personal(Text, Channel.X)), f => f.Rule == "C.3").SuggestedFix;

        Assert.Equal(PersonalPostCheck.ShortDisclaimerSentence, fix);
        Assert.True(fix!.Length < 80, $"The short disclaimer takes {fix.Length} characters.");
        Assert.Empty(Drafts.BlockingRules(Drafts.Personal(Text + "\n\n" + fix, Channel.X)));
    }

    [Fact]
    public void A_personal_post_that_has_nothing_to_do_with_school_needs_neither()
    {
        Assert.Empty(Drafts.Check(Drafts.Personal("Wat een mooie wandeling langs de Dinkel vandaag.")));
    }

    [Fact]
    public void An_official_post_needs_no_disclaimer()
    {
        Assert.Empty(Drafts.Check(Drafts.Official("Huizermaat feliciteert alle geslaagden!")));
    }
}
