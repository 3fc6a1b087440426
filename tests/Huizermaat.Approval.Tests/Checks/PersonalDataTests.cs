using Huizermaat.Approval.Checks;

namespace Huizermaat.Approval.Tests.Checks;

public sealed class PersonalDataTests
{
    [Theory]
    [InlineData("Bel Mark op 06-12345678.", "06-12345678")]
    [InlineData("Bel Mark op 06 12345678.", "06 12345678")]
    [InlineData("Bel Mark op 06 1234 5678.", "06 1234 5678")]
    [InlineData("Bel Mark op 06-12 34 56 78.", "06-12 34 56 78")]
    [InlineData("Bel Mark op 0612345678.", "0612345678")]
    [InlineData("Bel Mark op +31 6 12345678.", "+31 6 12345678")]
    [InlineData("Bel Mark op +31612345678.", "+31612345678")]
    [InlineData("Bel Mark op +31 (0)6 12345678.", "+31 (0)6 12345678")]
    [InlineData("Bel Mark op 0031 6 12345678.", "0031 6 12345678")]
    [InlineData("Bel thuis: 053-4321987.", "053-4321987")]
    [InlineData("Bel thuis: 010 1234567.", "010 1234567")]
    [InlineData("Bel thuis: (0541) 123456.", "(0541) 123456")]
    [InlineData("Call me at +31 20 123 4567", "+31 20 123 4567")]
    public void Phone_numbers_in_every_notation_block_with_their_span(string text, string number)
    {
        var finding = Assert.Single(Drafts.Check(text), f => f.Rule == "A.1");

        Assert.Equal(Severity.Block, finding.Severity);
        Assert.Equal(text.IndexOf(number, StringComparison.Ordinal), finding.Start);
        Assert.Equal(number.Length, finding.Length);
    }

    [Theory]
    [InlineData("Zaterdag 18-01-2025 is de open dag van 10.00 tot 14.00 uur.")]
    [InlineData("Er deden 1250 leerlingen mee, 98% slaagde.")]
    [InlineData("Het lokaal is 0,5 km van het station.")]
    [InlineData("Schooljaar 2025-2026 begint op 1 september.")]
    public void Dates_times_and_amounts_are_not_phone_numbers(string text)
    {
        Assert.Empty(Drafts.BlockingRules(text));
    }

    [Fact]
    public void The_schools_own_public_number_passes()
    {
        var checker = ProtocolChecks.CreateChecker(new ProtocolCheckOptions { PublicPhoneNumbers = ["053-1234567"] });

        var findings = checker.Check(Drafts.Official("Vragen? Bel de receptie: 053 123 45 67."));

        Assert.DoesNotContain(findings, f => f.Rule == "A.1");
    }

    [Theory]
    [InlineData("Mail Mark: mark.jansen@gmail.com", "mark.jansen@gmail.com")]
    [InlineData("Contact: p.devries@huizermaat.nl", "p.devries@huizermaat.nl")]
    [InlineData("Write to jane_doe+school@outlook.com please", "jane_doe+school@outlook.com")]
    public void Personal_email_addresses_block(string text, string address)
    {
        var finding = Assert.Single(Drafts.Check(text), f => f.Rule == "A.1");

        Assert.Equal(text.IndexOf(address, StringComparison.Ordinal), finding.Start);
        Assert.Equal(address.Length, finding.Length);
    }

    [Theory]
    [InlineData("Vragen? Mail info@huizermaat.nl")]
    [InlineData("Aanmelden via administratie@huizermaat.nl.")]
    public void Role_mailboxes_pass(string text)
    {
        Assert.Empty(Drafts.BlockingRules(text));
    }

    [Theory]
    [InlineData("Zijn BSN is 111222333.")]
    [InlineData("BSN: 1234.56.782")]
    [InlineData("bsn 123 456 782")]
    public void Citizen_service_numbers_that_pass_the_eleven_test_block(string text)
    {
        Assert.Contains("A.1", Drafts.BlockingRules(text));
    }

    [Theory]
    [InlineData("Ordernummer 123456789 is verzonden.")]
    [InlineData("Er kwamen 111222334 bezoekers.")]
    public void Nine_digits_that_fail_the_eleven_test_pass(string text)
    {
        Assert.Empty(Drafts.BlockingRules(text));
    }

    [Theory]
    [InlineData("Maak het geld over naar NL91 ABNA 0417 1643 00 t.n.v. J. Jansen.")]
    [InlineData("Lisa zamelt geld in: NL91ABNA0417164300.")]
    public void A_valid_iban_with_a_persons_name_blocks(string text)
    {
        Assert.Contains("A.1", Drafts.BlockingRules(text));
    }

    [Fact]
    public void A_valid_iban_without_a_name_is_a_warning()
    {
        var findings = Drafts.Check("Doneren kan op NL91 ABNA 0417 1643 00.");

        Assert.Equal(Severity.Warn, Assert.Single(findings, f => f.Rule == "A.1").Severity);
    }

    [Fact]
    public void An_invalid_iban_is_no_finding()
    {
        Assert.Empty(Drafts.Check("Doneren kan op NL92 ABNA 0417 1643 00 t.n.v. J. Jansen."));
    }

    [Fact]
    public void The_schools_own_iban_passes()
    {
        var checker = ProtocolChecks.CreateChecker(new ProtocolCheckOptions { PublicIbans = ["NL91ABNA0417164300"] });

        Assert.Empty(checker.Check(Drafts.Official("Doneren kan op NL91 ABNA 0417 1643 00 t.n.v. Stichting Huizermaat.")));
    }

    [Theory]
    [InlineData("Sanne woont op de Dorpsstraat 12 in Hengelo.", "Dorpsstraat 12")]
    [InlineData("Het feest is bij Tim thuis, Lindelaan 4a.", "Lindelaan 4a")]
    [InlineData("Stuur het naar Oude Markt 5, 7511 GA Enschede.", "Oude Markt 5, 7511 GA")]
    [InlineData("He lives at Kerkweg 101.", "Kerkweg 101")]
    public void Home_addresses_block(string text, string address)
    {
        var finding = Assert.Single(Drafts.Check(text), f => f.Rule == "A.1" && f.Severity == Severity.Block);

        Assert.Equal(text.IndexOf(address, StringComparison.Ordinal), finding.Start);
    }

    [Fact]
    public void An_address_without_anyone_living_there_is_a_warning()
    {
        var finding = Assert.Single(Drafts.Check("Het concert is in de aula, Schoolstraat 1."), f => f.Rule == "A.1");

        Assert.Equal(Severity.Warn, finding.Severity);
    }

    [Fact]
    public void A_long_text_of_capitals_and_hyphens_is_no_address()
    {
        var text = string.Concat(Enumerable.Repeat("A-", 30_000));

        Assert.DoesNotContain(Drafts.Check(text), f => f.Rule == "A.1");
        Assert.Equal(Severity.Warn, Assert.Single(Drafts.Check(text + " Dorpsstraat 12"), f => f.Rule == "A.1").Severity);
    }

    [Fact]
    public void A_birth_date_after_a_long_run_of_spaces_is_still_found()
    {
        Assert.Contains("A.1", Drafts.BlockingRules("Geboren" + new string(' ', 30_000) + ": 12-03-2010"));
    }

    [Theory]
    [InlineData("Amsterdam 2024 was een mooie reis.")]
    [InlineData("Op de Dorpsstraat 3 mei een braderie.")]
    public void City_names_and_dates_are_not_addresses(string text)
    {
        Assert.DoesNotContain(Drafts.Check(text), f => f.Rule == "A.1");
    }

    [Theory]
    [InlineData("Julia, geboren op 12 maart 2010, wint de prijs.")]
    [InlineData("Geboortedatum: 12-03-2010")]
    [InlineData("Tim (geb. 4/5/2011) is de jongste.")]
    [InlineData("Date of birth: 12 March 2010")]
    public void Dates_of_birth_block(string text)
    {
        Assert.Contains("A.1", Drafts.BlockingRules(text));
    }

    [Theory]
    [InlineData("Beterschap Julia uit 1B, die haar been brak tijdens het schaatsen.")]
    [InlineData("Meneer De Vries is ziek; zijn lessen vervallen.")]
    [InlineData("Onze collega Ans heeft kanker.")]
    [InlineData("Mevrouw Bakker is met zwangerschapsverlof.")]
    [InlineData("De docent van 2A heeft een burn-out.")]
    [InlineData("Tom has been diagnosed with diabetes.")]
    [InlineData("Piet ligt in het ziekenhuis.")]
    [InlineData("Onze gymleraar is ziek, de lessen vervallen.")]
    [InlineData("Meneer De Wit is ziek.")]
    [InlineData("Daarom is meneer de Wit vandaag niet op school: hij is geopereerd.")]
    [InlineData("Mevrouw Bakker heeft griep.")]
    [InlineData("Juf Anna is geopereerd.")]
    [InlineData("Jesper is ziek.")]
    [InlineData("Fenna heeft een hersenschudding.")]
    public void Health_information_about_a_person_blocks(string text)
    {
        Assert.Contains("A.1", Drafts.BlockingRules(text));
    }

    [Theory]
    [InlineData("Ziek? Meld je af via de app.")]
    [InlineData("Leerlingen met dyslexie krijgen extra tijd bij toetsen.")]
    [InlineData("De sponsorloop voor KWF Kankerbestrijding bracht 5000 euro op.")]
    [InlineData("De ziekte van Ménière is een aandoening van het binnenoor.")]
    [InlineData("Biologie: de ziekte van Lyme en het syndroom van Down.")]
    public void Health_topics_without_a_person_pass(string text)
    {
        Assert.Empty(Drafts.BlockingRules(text));
    }

    [Theory]
    [InlineData("Kevin uit 3V is geschorst na het incident.")]
    [InlineData("Mark is van school gestuurd.")]
    [InlineData("Julia haalde een 3,5 voor Frans.")]
    [InlineData("Sem blijft zitten in 2 havo.")]
    [InlineData("Noor heeft drie onvoldoendes op haar rapport.")]
    public void Discipline_and_grades_of_a_pupil_block(string text)
    {
        Assert.Contains("A.1", Drafts.BlockingRules(text));
    }

    [Theory]
    [InlineData("Alle examenkandidaten zijn geslaagd, gemiddeld met een 7,2!")]
    [InlineData("Wie pest, wordt geschorst: zo staat het in ons reglement.")]
    public void Results_and_rules_about_nobody_in_particular_pass(string text)
    {
        Assert.Empty(Drafts.BlockingRules(text));
    }

    [Fact]
    public void On_a_personal_post_personal_data_cites_C1()
    {
        var draft = Drafts.Personal("Bel me: 06-12345678.");

        Assert.Contains("C.1", Drafts.BlockingRules(draft));
        Assert.DoesNotContain("A.1", Drafts.BlockingRules(draft));
    }
}
