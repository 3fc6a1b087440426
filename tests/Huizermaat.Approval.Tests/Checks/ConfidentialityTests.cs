using Huizermaat.Approval.Checks;

namespace Huizermaat.Approval.Tests.Checks;

public sealed class ConfidentialityTests
{
    [Theory]
    [InlineData("Intern, niet verspreiden: de uitslag van de procedure.")]
    [InlineData("Vertrouwelijk: het nieuwe rooster.")]
    [InlineData("Hier alvast de antwoorden van het examen wiskunde!")]
    [InlineData("De examenantwoorden staan online.")]
    [InlineData("Confidential: the new timetable.")]
    [InlineData("Please do not share this answer key.")]
    [InlineData("Interne notitie: de nieuwe formatie.")]
    [InlineData("VERTROUWELIJK - de uitslag.")]
    [InlineData("[intern] Het rooster voor volgende week.")]
    [InlineData("Strikt vertrouwelijk, de cijfers van 4V.")]
    public void Confidentiality_markers_and_leaks_block(string text)
    {
        Assert.Contains("A.2", Drafts.BlockingRules(text));
    }

    [Theory]
    [InlineData("Onze interne begeleider helpt leerlingen met plannen.")]
    [InlineData("Internationale week: leerlingen uit vijf landen op bezoek.")]
    [InlineData("Het examen begint om 9.00 uur.")]
    [InlineData("Onze intern begeleider helpt leerlingen met plannen.")]
    [InlineData("In de quiz zoeken we de geheime zender.")]
    [InlineData("Geheim agent 007 in de filmles.")]
    [InlineData("Uw gegevens worden vertrouwelijk behandeld.")]
    [InlineData("Geschiedenis: het olie-embargo van 1973.")]
    [InlineData("The intern started on Monday.")]
    [InlineData("Je kunt niet delen door nul.")]
    public void Ordinary_school_words_pass(string text)
    {
        Assert.DoesNotContain("A.2", Drafts.BlockingRules(text));
    }

    [Fact]
    public void On_a_personal_post_confidentiality_cites_C1()
    {
        var draft = Drafts.Personal("Vertrouwelijk: mijn mening over de tuin.");

        Assert.Contains("C.1", Drafts.BlockingRules(draft));
    }

    [Theory]
    [InlineData("De reorganisatie gaat door.")]
    [InlineData("Na klachten over de kantine passen we het menu aan.")]
    [InlineData("Er was een incident op het schoolplein.")]
    public void Internal_work_matters_warn(string text)
    {
        Assert.Equal(["BD.5"], Drafts.Rules(text, Severity.Warn));
    }

    [Fact]
    public void Tagging_an_account_warns()
    {
        Assert.Equal(["A.6"], Drafts.Rules("Gefeliciteerd @lisa_2009 met je prijs!", Severity.Warn));
    }

    [Fact]
    public void An_email_address_is_not_a_tag()
    {
        Assert.Empty(Drafts.Rules("Mail info@huizermaat.nl", Severity.Warn));
    }
}
