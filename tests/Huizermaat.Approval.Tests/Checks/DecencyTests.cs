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
    [InlineData("Wat een hufters zijn die scheidsrechters.", "hufters")]
    [InlineData("Wat een rotzakken zijn die scheidsrechters.", "rotzakken")]
    [InlineData("Wat een teven zijn die scheidsrechters.", "teven")]
    [InlineData("Wat een klootviolen zijn die scheidsrechters.", "klootviolen")]
    [InlineData("Wat een hoerenzonen zijn die scheidsrechters.", "hoerenzonen")]
    [InlineData("Wat een pleurislijers zijn die scheidsrechters.", "pleurislijers")]
    [InlineData("Wat een homo's zijn die scheidsrechters.", "homo")]
    [InlineData("Die scheidsrechters zijn eikels.", "eikels")]
    [InlineData("Jij sukkel, kijk uit.", "sukkel")]
    [InlineData("Stomme homo.", "homo")]
    [InlineData("Those referees are cunts.", "cunts")]
    [InlineData("Those referees are dicks.", "dicks")]
    [InlineData("Those referees are wankers.", "wankers")]
    [InlineData("Those referees are motherfuckers.", "motherfuckers")]
    [InlineData("Those referees are retards.", "retards")]
    [InlineData("Those referees are pricks.", "pricks")]
    [InlineData("Those referees are twats.", "twats")]
    [InlineData("You're such a dick.", "dick")]
    [InlineData("Wat een huftertjes.", "huftertjes")]
    [InlineData("Ze hebben de hele nacht geneukt.", "geneukt")]
    public void Insults_aimed_at_people_block_in_every_form(string text, string word)
    {
        var finding = Assert.Single(Drafts.Check(text), f => f.Rule == "A.3");

        Assert.Equal(Severity.Block, finding.Severity);
        Assert.Equal(text.IndexOf(word, StringComparison.Ordinal), finding.Start);
        Assert.Equal(word.Length, finding.Length);
    }

    [Theory]
    [InlineData("Wat een stront zijn die scheidsrechters.")]
    [InlineData("Wat een schijt zijn die scheidsrechters.")]
    public void Vulgar_words_aimed_at_people_are_a_warning(string text)
    {
        Assert.Equal(["A.3"], Drafts.Rules(text, Severity.Warn));
    }

    [Theory]
    [InlineData("Hij raapte zijn eikels op.")]
    [InlineData("Geef me die zak chips.")]
    [InlineData("De teef kreeg zes pups.")]
    [InlineData("Ze zijn homo en trots op hun school.")]
    [InlineData("Wij zijn homo's en trots.")]
    [InlineData("Het wijfje legt de eieren, het mannetje bewaakt het nest.")]
    [InlineData("The needle pricks were painless.")]
    [InlineData("Dick Bruna tekende Nijntje.")]
    [InlineData("Meneer De Cock geeft wiskunde.")]
    [InlineData("De gastles van Jan de Cock.")]
    [InlineData("Mongolen leven op de steppe.")]
    [InlineData("Rekenen: tien aftrekken van twintig.")]
    [InlineData("Biologie: sperma en eicellen.")]
    [InlineData("Spic en span de klas in na de les.")]
    [InlineData("Een excursie naar Kuttekoven.")]
    [InlineData("In de geschiedenisles: de Bosnegers van Suriname.")]
    [InlineData("Een godverlaten oord.")]
    [InlineData("Wat een grote zak vol cadeaus heeft Sinterklaas!")]
    [InlineData("Na de gymles snel onder de douche!")]
    [InlineData("Wat een mooie muts!")]
    [InlineData("Op de kinderboerderij: wat een varken!")]
    [InlineData("Git is a useful tool!")]
    public void Names_fixed_phrases_and_ordinary_senses_pass(string text)
    {
        Assert.DoesNotContain(Drafts.Check(text), f => f.Rule == "A.3");
    }

    [Theory]
    [InlineData("Wat een kankerlijer.", true)]
    [InlineData("Dat teringwijf ook.", true)]
    [InlineData("Wat een teringherrie in de gang.", true)]
    [InlineData("Die klerevent.", true)]
    [InlineData("Een kankertoets vandaag.", true)]
    [InlineData("Les over kankeronderzoek en kankerbestrijding.", false)]
    [InlineData("De pokkenprik en het pokkenbriefje.", false)]
    [InlineData("Een teringlijdster in een roman.", false)]
    [InlineData("Cholerabacillen onder de microscoop.", false)]
    [InlineData("Het nationale kankerplan.", false)]
    [InlineData("Een kankerverwekkende stof in de kankerkliniek.", false)]
    public void A_compound_of_a_disease_curse_is_judged_by_its_head(string text, bool curse)
    {
        Assert.Equal(curse, Drafts.BlockingRules(text).Contains("A.3"));
    }

    [Fact]
    public void A_long_adversarial_word_gets_the_right_findings()
    {
        Assert.Empty(Drafts.Check("k*" + new string('a', 60_000)));
        Assert.Equal(["A.3"], Drafts.BlockingRules("Wat een k*nkerzooi " + new string('a', 60_000)));
        Assert.Single(Drafts.Check(string.Concat(Enumerable.Repeat("kanker", 10_000))), f => f.Rule == "A.3");
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
    public void A_lexicon_with_another_list_checks_with_that_list()
    {
        var lexicon = ProtocolLexicon.LoadEmbedded();
        var checker = ProtocolChecks.CreateChecker(lexicon: lexicon with { Curses = WordList.Parse("printer\n") });

        Assert.Contains(checker.Check(Drafts.Official("Die printer doet het niet.")), f => f.Rule == "A.3");
        Assert.DoesNotContain(Drafts.Check("Die printer doet het niet."), f => f.Rule == "A.3");
    }

    [Fact]
    public void Every_word_list_file_is_embedded_and_loads()
    {
        var lexicon = ProtocolLexicon.LoadEmbedded();

        Assert.True(lexicon.Curses.Contains("kut"));
        Assert.True(lexicon.LiteralHeads.StartsWithEntry("bestrijding"));
        Assert.True(lexicon.FirstNames.Contains("julia"));
        Assert.True(lexicon.Slurs.Contains("nikkers"));
        Assert.True(lexicon.Insults.Words["eikels"].Aimed);
        Assert.True(lexicon.FirstNames.Words.Count > 5_000, "the first names beyond the school's own list");
    }
}
