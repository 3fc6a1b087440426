using Huizermaat.Approval.Checks;

namespace Huizermaat.Approval.Tests.Checks;

public sealed class DecencyTests
{
    [Theory]
    [InlineData("Tyfusdag gehad, alles ging mis.", "Tyfusdag")]
    [InlineData("Wat een kankerweer vandaag.", "kankerweer")]
    [InlineData("Krijg de tering met die printer.", "tering")]
    [InlineData("Tering! De bus is weer te laat.", "Tering")]
    [InlineData("Kanker op met je regels", "Kanker")]
    [InlineData("Dit is een k@nker toets.", "k@nker")]
    [InlineData("Die t3ring printers ook.", "t3ring")]
    [InlineData("Wat een k*nkerzooi.", "k*nkerzooi")]
    [InlineData("kkr irritant dit", "kkr")]
    [InlineData("Kaaaanker, wat een dag", "Kaaaanker")]
    [InlineData("Het is een teringzooi in de kantine.", "teringzooi")]
    [InlineData("Wat een pokkenweer.", "pokkenweer")]
    [InlineData("Kutweer voor de sportdag.", "Kutweer")]
    [InlineData("Godverdomme, weer storing.", "Godverdomme")]
    [InlineData("What the fuck is this.", "fuck")]
    [InlineData("This is bullshit.", "bullshit")]
    [InlineData("Die klootzak van de overkant.", "klootzak")]
    [InlineData("Hey idiot, move.", "idiot")]
    [InlineData("Wat een eikel is die scheidsrechter.", "eikel")]
    [InlineData("Geile actie!", "Geile")]
    [InlineData("KANKER, wat een dag", "KANKER")]
    public void Profanity_insults_and_obscenity_block_with_their_span(string text, string word)
    {
        var finding = Assert.Single(Drafts.Check(text), f => f.Rule == "A.3");

        Assert.Equal(Severity.Block, finding.Severity);
        Assert.Equal(text.IndexOf(word, StringComparison.Ordinal), finding.Start);
        Assert.Equal(word.Length, finding.Length);
    }

    [Theory]
    [InlineData("De sponsorloop voor KWF Kankerbestrijding was een succes.")]
    [InlineData("Biologieles over de spijsvertering.")]
    [InlineData("Hoera, de vakantie begint!")]
    [InlineData("Les over de geschiedenis van tuberculose (vroeger 'de tering' genoemd) in 5V.")]
    [InlineData("Gastles over kankeronderzoek en kankerpatiënten.")]
    [InlineData("In de middeleeuwen kostte de pest miljoenen levens.")]
    [InlineData("Het anti-pestprotocol is vernieuwd; pesten accepteren we niet.")]
    [InlineData("Neem sportkleren mee; de kledingkast staat in de gang.")]
    [InlineData("In de herfst rapen we eikels in het bos.")]
    [InlineData("Een zak chips voor iedereen die meedoet.")]
    [InlineData("Vaccinatie tegen pokken en tyfus was een doorbraak.")]
    [InlineData("Onderzoek naar kanker op de kinderafdeling gaat door.")]
    [InlineData("Kankeronderzoek is belangrijk.")]
    [InlineData("Shiitake in de kookles.")]
    [InlineData("Cocktails zonder alcohol op het gala.")]
    public void Ordinary_words_that_contain_a_curse_pass(string text)
    {
        Assert.DoesNotContain(Drafts.Check(text), f => f.Rule == "A.3");
    }

    [Theory]
    [InlineData("Verdomme, vergeten.")]
    [InlineData("Damn, what a game.")]
    public void Mild_swearing_is_a_warning_for_the_approvers(string text)
    {
        Assert.Equal(["A.3"], Drafts.Rules(text, Severity.Warn));
        Assert.Empty(Drafts.BlockingRules(text));
    }

    [Fact]
    public void Every_word_list_file_is_embedded_and_loads()
    {
        var lexicon = ProtocolLexicon.LoadEmbedded();

        Assert.True(lexicon.Curses.Contains("kut"));
        Assert.True(lexicon.LiteralHeads.StartsWithEntry("bestrijding"));
        Assert.True(lexicon.FirstNames.Contains("julia"));
    }
}
