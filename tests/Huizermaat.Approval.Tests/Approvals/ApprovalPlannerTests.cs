using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.People;

namespace Huizermaat.Approval.Tests.Approvals;

public sealed class ApprovalPlannerTests
{
    private static readonly ApprovalOptions Defaults = new();

    private static ApprovalPlan Plan(Submission submission, Roster? roster = null, ApprovalOptions? options = null) =>
        ApprovalPlanner.Plan(submission, roster ?? TestRoster.Create(), TestRoster.PublishDate, options ?? Defaults);

    [Fact]
    public void Official_post_needs_the_authors_manager_with_the_deputy_in_reserve()
    {
        var plan = Plan(TestRoster.Submit(Capacity.Official, []));

        Assert.Equal(new ManagerStep("m.jansen", "d.bakker", AdviceOnly: false), plan.Manager);
        Assert.Empty(plan.Consents);
        Assert.True(plan.CanProceed);
    }

    [Fact]
    public void Personal_post_needs_no_manager()
    {
        Assert.Null(Plan(TestRoster.Submit(Capacity.Personal, [])).Manager);
    }

    [Fact]
    public void Personal_post_that_asks_for_advice_asks_the_manager_for_advice_only()
    {
        var plan = Plan(TestRoster.Submit(Capacity.Personal, []) with { AskManagerAdvice = true });

        Assert.Equal(new ManagerStep("m.jansen", "d.bakker", AdviceOnly: true), plan.Manager);
    }

    [Fact]
    public void Author_who_is_not_staff_in_the_roster_stops_the_plan()
    {
        var plan = Plan(TestRoster.Submit(Capacity.Official, []) with { AuthorId = "nobody" });

        Assert.Equal([new PlanProblem(PlanProblemKind.UnknownAuthor, "nobody")], plan.Problems);
        Assert.False(plan.CanProceed);
    }

    [Fact]
    public void Official_post_by_an_author_without_a_manager_stops_the_plan()
    {
        var roster = new Roster([TestRoster.Teacher with { ManagerId = null }], []);

        var plan = Plan(TestRoster.Submit(Capacity.Official, []), roster);

        Assert.Equal([new PlanProblem(PlanProblemKind.NoManager, "t.devries")], plan.Problems);
    }

    [Fact]
    public void Pupil_under_16_on_the_publish_date_needs_one_of_the_guardians()
    {
        var plan = Plan(TestRoster.Submit(Capacity.Official, ["p.sanne"]));

        var step = Assert.Single(plan.Consents);
        Assert.Equal("p.sanne", step.PersonId);
        Assert.Equal(["g.visser1", "g.visser2"], step.HolderIds);
        Assert.False(step.RequiresAllHolders);
        Assert.True(step.HoldersAreGuardians);
    }

    [Fact]
    public void Pupil_under_16_needs_every_guardian_when_configured()
    {
        var plan = Plan(TestRoster.Submit(Capacity.Official, ["p.sanne"]), options: Defaults with { ConsentFromAllGuardians = true });

        Assert.True(Assert.Single(plan.Consents).RequiresAllHolders);
    }

    [Fact]
    public void Pupil_who_turns_16_on_the_publish_date_consents_themself()
    {
        var step = Assert.Single(Plan(TestRoster.Submit(Capacity.Official, ["p.daan"])).Consents);

        Assert.Equal(["p.daan"], step.HolderIds);
        Assert.False(step.HoldersAreGuardians);
    }

    [Fact]
    public void Pupil_who_turns_16_the_day_after_the_publish_date_needs_a_guardian()
    {
        var step = Assert.Single(Plan(TestRoster.Submit(Capacity.Official, ["p.noor"])).Consents);

        Assert.Equal(["g.smit"], step.HolderIds);
    }

    [Fact]
    public void Pupil_without_a_birth_date_is_treated_as_under_age()
    {
        var roster = new Roster([TestRoster.Teacher, TestRoster.Manager, TestRoster.Daan with { BirthDate = null }, TestRoster.Smit], []);

        var step = Assert.Single(Plan(TestRoster.Submit(Capacity.Official, ["p.daan"]), roster).Consents);

        Assert.Equal(["g.smit"], step.HolderIds);
    }

    [Fact]
    public void Staff_shown_in_a_photo_consent_themselves()
    {
        var step = Assert.Single(Plan(TestRoster.Submit(Capacity.Official, ["d.bakker"])).Consents);

        Assert.Equal(["d.bakker"], step.HolderIds);
    }

    [Fact]
    public void A_person_in_several_items_is_asked_once()
    {
        var plan = Plan(TestRoster.Submit(Capacity.Official, ["p.sanne", "p.daan"], ["p.sanne"]));

        Assert.Equal(["p.sanne", "p.daan"], plan.Consents.Select(c => c.PersonId));
    }

    [Fact]
    public void A_social_media_no_in_the_register_refuses_at_once_and_names_the_person()
    {
        var roster = TestRoster.Create(new ConsentEntry("p.sanne", new SchoolYear(2026), ConsentCategories.SocialMedia, false));

        var plan = Plan(TestRoster.Submit(Capacity.Official, ["p.sanne", "p.daan"]), roster);

        Assert.Equal(["p.sanne"], plan.RefusedByRegister);
        Assert.Equal(["p.daan"], plan.Consents.Select(c => c.PersonId));
        Assert.False(plan.CanProceed);
    }

    [Fact]
    public void Only_the_register_of_the_publish_dates_school_year_counts()
    {
        var roster = TestRoster.Create(new ConsentEntry("p.sanne", new SchoolYear(2025), ConsentCategories.SocialMedia, false));

        var plan = Plan(TestRoster.Submit(Capacity.Official, ["p.sanne"]), roster);

        Assert.Empty(plan.RefusedByRegister);
        Assert.Single(plan.Consents);
    }

    [Fact]
    public void A_no_for_the_website_does_not_refuse_a_social_media_post()
    {
        var roster = TestRoster.Create(new ConsentEntry("p.sanne", new SchoolYear(2026), ConsentCategories.Website, false));

        Assert.Empty(Plan(TestRoster.Submit(Capacity.Official, ["p.sanne"]), roster).RefusedByRegister);
    }

    [Fact]
    public void A_yes_in_the_register_still_needs_consent_for_this_post()
    {
        var roster = TestRoster.Create(new ConsentEntry("p.sanne", new SchoolYear(2026), ConsentCategories.SocialMedia, true));

        Assert.Single(Plan(TestRoster.Submit(Capacity.Official, ["p.sanne"]), roster).Consents);
    }

    [Fact]
    public void Unknown_person_in_the_media_stops_the_plan()
    {
        var plan = Plan(TestRoster.Submit(Capacity.Official, ["p.ghost"]));

        Assert.Equal([new PlanProblem(PlanProblemKind.UnknownPerson, "p.ghost")], plan.Problems);
    }

    [Fact]
    public void Young_pupil_without_a_reachable_guardian_stops_the_plan()
    {
        var roster = new Roster([TestRoster.Teacher, TestRoster.Manager, TestRoster.Sanne, TestRoster.Visser1 with { Email = null }], []);

        var plan = Plan(TestRoster.Submit(Capacity.Official, ["p.sanne"]), roster);

        Assert.Equal([new PlanProblem(PlanProblemKind.NoGuardian, "p.sanne")], plan.Problems);
    }

    [Fact]
    public void When_all_guardians_must_consent_a_guardian_without_email_stops_the_plan()
    {
        var roster = TestRoster.Create();
        roster = new Roster(roster.People.Select(p => p.Id == "g.visser2" ? p with { Email = "" } : p), []);

        var plan = Plan(TestRoster.Submit(Capacity.Official, ["p.sanne"]), roster, Defaults with { ConsentFromAllGuardians = true });

        Assert.Equal([new PlanProblem(PlanProblemKind.NoEmail, "g.visser2")], plan.Problems);
    }

    [Fact]
    public void Adult_without_email_stops_the_plan()
    {
        var roster = TestRoster.Create();
        roster = new Roster(roster.People.Select(p => p.Id == "p.daan" ? p with { Email = null } : p), []);

        var plan = Plan(TestRoster.Submit(Capacity.Official, ["p.daan"]), roster);

        Assert.Equal([new PlanProblem(PlanProblemKind.NoEmail, "p.daan")], plan.Problems);
    }
}
