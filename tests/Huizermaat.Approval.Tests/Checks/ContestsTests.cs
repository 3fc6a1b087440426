using Huizermaat.Approval.Checks;
using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Tests.Checks;

public sealed class ContestsTests
{
    private const string Phone = "Vragen? Bel mij op 06 98765432.";

    [Fact]
    public void A_contested_block_stays_listed_with_its_reason_and_no_longer_blocks()
    {
        var draft = Drafts.Official(Phone) with { Contests = [new Contest("A.1", "06 98765432", "Dit is het nummer van de schooltelefoon.")] };

        var finding = Assert.Single(Drafts.Check(draft), f => f.Rule == "A.1");

        Assert.Equal(Severity.Block, finding.Severity);
        Assert.Equal("Dit is het nummer van de schooltelefoon.", finding.Contest?.Reason);
        Assert.False(Contests.Blocks(finding));
        Assert.DoesNotContain(Drafts.Check(draft), Contests.Blocks);
    }

    [Fact]
    public void A_contest_applies_to_the_text_it_quotes_only()
    {
        var draft = Drafts.Official("Bel 06 98765432 of 06 12345678.") with { Contests = [new Contest("A.1", "06 98765432", "Schooltelefoon.")] };

        var findings = Drafts.Check(draft).Where(f => f.Rule == "A.1").ToList();

        Assert.Equal(2, findings.Count);
        Assert.Single(findings, Contests.Blocks);
        Assert.Equal("06 12345678", Contests.QuoteOf(draft.Text, findings.Single(Contests.Blocks)));
    }

    [Fact]
    public void A_contest_lapses_when_the_text_it_quotes_changes()
    {
        var draft = Drafts.Official("Bel mij op 06 11112222.") with { Contests = [new Contest("A.1", "06 98765432", "Schooltelefoon.")] };

        Assert.Contains(Drafts.Check(draft), Contests.Blocks);
    }

    [Fact]
    public void A_block_about_the_whole_post_is_contested_without_a_quote()
    {
        var draft = Drafts.Personal("Ik werk bij Huizermaat. Mijn klas won!") with { Contests = [new Contest("C.3", null, "Dit gaat niet over school maar over mijn voetbalclub.")] };

        var finding = Assert.Single(Drafts.Check(draft), f => f.Rule == "C.3");

        Assert.NotNull(finding.Contest);
        Assert.DoesNotContain(Drafts.Check(draft), Contests.Blocks);
    }

    [Theory]
    [InlineData("A.1")]
    [InlineData("A.2")]
    [InlineData("A.3")]
    [InlineData("BD.5")]
    [InlineData("C.1")]
    [InlineData("C.2")]
    [InlineData("C.3")]
    public void The_heuristic_text_rules_are_contestable(string rule) => Assert.True(Contests.IsContestable(rule));

    [Theory]
    [InlineData("A.4")]
    [InlineData("A.5")]
    [InlineData("B.2")]
    [InlineData("BD.3")]
    [InlineData("CH.X")]
    [InlineData("CH.NONE")]
    public void Facts_stay_hard_blocks(string rule) => Assert.False(Contests.IsContestable(rule));

    [Fact]
    public void A_hard_block_is_not_lifted_by_a_contest_that_names_it()
    {
        // DraftJson refuses such a contest; a draft built in code that carries one still blocks.
        var draft = Drafts.Official("Open dag!") with { AcknowledgedPermanence = false, Contests = [new Contest("A.4", null, "Weet ik.")] };

        Assert.Contains(Drafts.Check(draft), f => f.Rule == "A.4" && Contests.Blocks(f));
    }

    [Fact]
    public void A_warning_is_never_marked_contested()
    {
        var draft = Drafts.Official("Volg ons op @huizermaat_sport!") with { Contests = [new Contest("A.1", "@huizermaat_sport", "Ons account.")] };

        Assert.All(Drafts.Check(draft), f => Assert.Null(f.Contest));
    }
}
