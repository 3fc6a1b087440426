using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.People;

namespace Huizermaat.Approval.Tests.Approvals;

public sealed class ConsentOutlookTests
{
    private static ConsentOutlook For(Person person, Roster? roster = null, ApprovalOptions? options = null) =>
        ConsentOutlook.For(person, roster ?? TestRoster.Create(), TestRoster.PublishDate, options ?? new ApprovalOptions());

    [Fact]
    public void A_pupil_under_sixteen_means_a_parent_is_asked_and_one_answer_is_enough()
    {
        var outlook = For(TestRoster.Sanne);

        Assert.Equal(ConsentOutlookKind.AskGuardians, outlook.Kind);
        Assert.Equal("Een ouder of verzorger wordt om toestemming gevraagd; één antwoord is genoeg.", outlook.Text);
    }

    [Fact]
    public void With_consent_from_all_guardians_every_parent_is_asked()
    {
        var outlook = For(TestRoster.Sanne, options: new ApprovalOptions { ConsentFromAllGuardians = true });

        Assert.Equal("Alle ouders of verzorgers worden om toestemming gevraagd.", outlook.Text);
    }

    [Fact]
    public void A_pupil_of_sixteen_is_asked_themself_and_one_a_day_younger_is_not()
    {
        Assert.Equal(new ConsentOutlook(ConsentOutlookKind.AskThemself, "Wordt zelf om toestemming gevraagd (16 jaar of ouder)."), For(TestRoster.Daan));
        Assert.Equal(ConsentOutlookKind.AskGuardians, For(TestRoster.Noor).Kind);
    }

    [Fact]
    public void A_no_in_the_consent_register_says_the_post_cannot_go_out_with_them()
    {
        var roster = TestRoster.Create(new ConsentEntry(TestRoster.Sanne.Id, SchoolYear.Of(TestRoster.PublishDate), ConsentCategories.SocialMedia, false));

        var outlook = For(TestRoster.Sanne, roster);

        Assert.Equal(ConsentOutlookKind.RefusedByRegister, outlook.Kind);
        Assert.Contains("toestemmingsregister", outlook.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yes_in_the_register_is_mentioned_but_the_parent_is_still_asked()
    {
        var roster = TestRoster.Create(new ConsentEntry(TestRoster.Sanne.Id, SchoolYear.Of(TestRoster.PublishDate), ConsentCategories.SocialMedia, true));

        var outlook = For(TestRoster.Sanne, roster);

        Assert.Equal(ConsentOutlookKind.AskGuardians, outlook.Kind);
        Assert.Contains("staat sociale media toe, maar voor elk bericht wordt het toch gevraagd", outlook.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pupil_without_a_reachable_parent_has_nobody_to_ask()
    {
        var orphan = TestRoster.Sanne with { GuardianIds = [] };
        var roster = new Roster([TestRoster.Teacher, orphan], []);

        var outlook = For(orphan, roster);

        Assert.Equal(ConsentOutlookKind.NobodyToAsk, outlook.Kind);
        Assert.Contains("geen ouder of verzorger met een e-mailadres", outlook.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_plan_problem_reads_as_Dutch_naming_the_person()
    {
        foreach (var kind in Enum.GetValues<PlanProblemKind>())
        {
            var text = new PlanProblem(kind, "p.sanne").Describe("Sanne Visser");

            Assert.DoesNotContain("p.sanne", text, StringComparison.Ordinal);
            Assert.DoesNotContain(kind.ToString(), text, StringComparison.Ordinal);
        }

        Assert.StartsWith("Van Sanne Visser is geen ouder", new PlanProblem(PlanProblemKind.NoGuardian, "p.sanne").Describe("Sanne Visser"), StringComparison.Ordinal);
    }
}
