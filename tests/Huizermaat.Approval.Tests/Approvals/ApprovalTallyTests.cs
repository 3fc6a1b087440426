using Huizermaat.Approval.Approvals;

namespace Huizermaat.Approval.Tests.Approvals;

public sealed class ApprovalTallyTests
{
    private const string Hash = "hash-r1";
    private static readonly DateTimeOffset At = new(2026, 10, 1, 10, 0, 0, TimeSpan.Zero);

    private static readonly ApprovalPlan Plan = new(
        new ManagerStep("m.jansen", "d.bakker", AdviceOnly: false),
        [
            new ConsentStep("p.sanne", ["g.visser1", "g.visser2"], RequiresAllHolders: false) { HoldersAreGuardians = true },
            new ConsentStep("p.daan", ["p.daan"], RequiresAllHolders: false),
        ],
        [],
        []);

    private static Decision Yes(string step, string actor, string hash = Hash, string? id = null) =>
        new(id ?? $"{step}/{actor}/yes", step, actor, true, hash, At);

    private static Decision No(string step, string actor, string? comment = null, string? id = null) =>
        new(id ?? $"{step}/{actor}/no", step, actor, false, Hash, At, comment);

    private static TallyResult Evaluate(ApprovalPlan plan, bool escalated, params Decision[] decisions) =>
        ApprovalTally.Evaluate(plan, decisions, Hash, escalated);

    private static TallyResult Evaluate(params Decision[] decisions) => Evaluate(Plan, false, decisions);

    [Fact]
    public void Nothing_decided_leaves_every_step_pending()
    {
        var result = Evaluate();

        Assert.Equal(ApprovalOutcome.Pending, result.Outcome);
        Assert.Equal(["manager", "consent:p.sanne", "consent:p.daan"], result.PendingStepIds);
    }

    [Fact]
    public void Manager_and_every_consent_approve_the_post()
    {
        var result = Evaluate(Yes("manager", "m.jansen"), Yes("consent:p.sanne", "g.visser2"), Yes("consent:p.daan", "p.daan"));

        Assert.Equal(ApprovalOutcome.Approved, result.Outcome);
    }

    [Fact]
    public void Manager_rejection_ends_the_draft_with_the_comment()
    {
        var result = Evaluate(Yes("consent:p.daan", "p.daan"), No("manager", "m.jansen", "Niet op de website"));

        Assert.Equal(ApprovalOutcome.Rejected, result.Outcome);
        Assert.Equal("Niet op de website", result.Deciding!.Comment);
    }

    [Fact]
    public void A_guardians_no_refuses_the_consent()
    {
        var result = Evaluate(Yes("manager", "m.jansen"), No("consent:p.sanne", "g.visser1"));

        Assert.Equal(ApprovalOutcome.ConsentRefused, result.Outcome);
        Assert.Equal("consent:p.sanne", result.Deciding!.StepId);
    }

    [Fact]
    public void A_no_after_the_other_guardian_already_consented_changes_nothing()
    {
        var result = Evaluate(Yes("consent:p.sanne", "g.visser1"), No("consent:p.sanne", "g.visser2"));

        Assert.Equal(ApprovalOutcome.Pending, result.Outcome);
        Assert.DoesNotContain("consent:p.sanne", result.PendingStepIds);
    }

    [Fact]
    public void When_all_guardians_must_consent_one_yes_is_not_enough()
    {
        var plan = Plan with { Consents = [Plan.Consents[0] with { RequiresAllHolders = true }] };

        var one = Evaluate(plan, false, Yes("manager", "m.jansen"), Yes("consent:p.sanne", "g.visser1"));
        var both = Evaluate(plan, false, Yes("manager", "m.jansen"), Yes("consent:p.sanne", "g.visser1"), Yes("consent:p.sanne", "g.visser2"));

        Assert.Equal(["consent:p.sanne"], one.PendingStepIds);
        Assert.Equal(ApprovalOutcome.Approved, both.Outcome);
    }

    [Fact]
    public void An_approval_given_for_an_earlier_revision_does_not_count()
    {
        var result = Evaluate(Yes("manager", "m.jansen", hash: "hash-r0"), Yes("consent:p.sanne", "g.visser1"), Yes("consent:p.daan", "p.daan"));

        Assert.Equal(["manager"], result.PendingStepIds);
    }

    [Fact]
    public void A_revision_voids_every_decision_given_for_other_content()
    {
        Decision[] decisions = [Yes("manager", "m.jansen", hash: "hash-r0"), Yes("consent:p.daan", "p.daan")];

        Assert.Equal([decisions[0]], ApprovalTally.VoidedBy(decisions, Hash));
    }

    [Fact]
    public void An_event_delivered_again_with_other_content_counts_once()
    {
        var result = Evaluate(Yes("manager", "m.jansen", id: "e1"), No("manager", "m.jansen", id: "e1"));

        Assert.DoesNotContain("manager", result.PendingStepIds);
        Assert.Equal(ApprovalOutcome.Pending, result.Outcome);
    }

    [Fact]
    public void The_deputy_decides_only_after_escalation()
    {
        var before = Evaluate(Plan, false, Yes("manager", "d.bakker"));
        var after = Evaluate(Plan, true, Yes("manager", "d.bakker"));

        Assert.Contains("manager", before.PendingStepIds);
        Assert.DoesNotContain("manager", after.PendingStepIds);
    }

    [Fact]
    public void Someone_who_is_not_a_holder_cannot_consent_or_refuse()
    {
        var result = Evaluate(No("consent:p.sanne", "g.smit"), No("manager", "p.daan"));

        Assert.Equal(ApprovalOutcome.Pending, result.Outcome);
        Assert.Equal(3, result.PendingStepIds.Count);
    }

    [Fact]
    public void The_managers_advice_on_a_personal_post_does_not_hold_it_up()
    {
        var plan = Plan with { Manager = Plan.Manager! with { AdviceOnly = true } };

        var result = Evaluate(plan, false, Yes("consent:p.sanne", "g.visser1"), Yes("consent:p.daan", "p.daan"));

        Assert.Equal(ApprovalOutcome.Approved, result.Outcome);
    }
}
