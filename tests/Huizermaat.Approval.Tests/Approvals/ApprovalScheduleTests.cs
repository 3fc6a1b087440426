using Huizermaat.Approval.Approvals;

namespace Huizermaat.Approval.Tests.Approvals;

public sealed class ApprovalScheduleTests
{
    private const string Hash = "hash-r1";

    // A Monday morning in Amsterdam (CEST, UTC+2); by default reminders after 2 days, escalation after 3, expiry after 7,
    // quiet hours for guardians from 21:00 to 07:00.
    private static readonly DateTimeOffset Asked = new(2026, 10, 5, 10, 0, 0, TimeSpan.FromHours(2));
    private static readonly ApprovalOptions Options = new();
    private static readonly StepDeadlines Deadlines = StepDeadlines.Compute(Asked, null, Options);

    private static readonly ApprovalPlan Plan = new(
        new ManagerStep("m.jansen", "d.bakker", AdviceOnly: false),
        [
            new ConsentStep("p.sanne", ["g.visser1", "g.visser2"], RequiresAllHolders: false) { HoldersAreGuardians = true },
            new ConsentStep("p.daan", ["p.daan"], RequiresAllHolders: false),
        ],
        [],
        []);

    private static readonly ApprovalRequest[] FirstRequests =
    [
        Request("manager", "m.jansen"), Request("consent:p.sanne", "g.visser1"), Request("consent:p.sanne", "g.visser2"), Request("consent:p.daan", "p.daan"),
    ];

    private static ApprovalRequest Request(string step, string holder) => new(step, holder, RequestPurpose.Request);

    private static ApprovalRequest Reminder(string step, string holder) => new(step, holder, RequestPurpose.Reminder);

    private static Decision Yes(string step, string actor, string hash = Hash) => new($"{step}/{actor}", step, actor, true, hash, Asked);

    private static ScheduleResult Evaluate(
        DateTimeOffset now,
        IReadOnlyCollection<ApprovalRequest>? sent = null,
        IReadOnlyCollection<Decision>? decisions = null,
        ApprovalPlan? plan = null,
        StepDeadlines? deadlines = null) =>
        ApprovalSchedule.Evaluate(plan ?? Plan, deadlines ?? Deadlines, decisions ?? [], Hash, sent ?? [], now, Options);

    private static DateTimeOffset Amsterdam(int day, int hour, int minute = 0) => new(2026, 10, day, hour, minute, 0, TimeSpan.FromHours(2));

    [Fact]
    public void Every_approver_is_asked_at_once_and_the_next_wake_up_is_the_reminder()
    {
        var schedule = Evaluate(Asked);

        Assert.Equal(FirstRequests, schedule.Due);
        Assert.Equal(Asked.AddDays(2), schedule.NextWake);
        Assert.False(schedule.Expired);
    }

    [Fact]
    public void A_request_that_was_sent_is_not_sent_again()
    {
        Assert.Empty(Evaluate(Asked.AddHours(1), sent: FirstRequests).Due);
    }

    [Fact]
    public void Approvers_who_have_not_answered_by_the_reminder_time_are_reminded()
    {
        var schedule = Evaluate(Asked.AddDays(2), sent: FirstRequests, decisions: [Yes("consent:p.daan", "p.daan")]);

        Assert.Equal([Reminder("manager", "m.jansen"), Reminder("consent:p.sanne", "g.visser1"), Reminder("consent:p.sanne", "g.visser2")], schedule.Due);
        Assert.Equal(Asked.AddDays(3), schedule.NextWake);
    }

    [Fact]
    public void Nobody_is_reminded_before_the_reminder_time()
    {
        Assert.Empty(Evaluate(Asked.AddDays(2).AddMinutes(-1), sent: FirstRequests).Due);
    }

    [Fact]
    public void A_step_settled_by_one_guardian_is_not_reminded_to_the_other()
    {
        var schedule = Evaluate(Asked.AddDays(2), sent: FirstRequests, decisions: [Yes("consent:p.sanne", "g.visser1")]);

        Assert.DoesNotContain(schedule.Due, r => r.StepId == "consent:p.sanne");
    }

    [Fact]
    public void When_all_guardians_must_consent_the_one_who_has_not_is_reminded()
    {
        var plan = Plan with { Consents = [Plan.Consents[0] with { RequiresAllHolders = true }] };

        var schedule = Evaluate(Asked.AddDays(2), sent: FirstRequests[..3], decisions: [Yes("consent:p.sanne", "g.visser1")], plan: plan);

        Assert.Equal([Reminder("manager", "m.jansen"), Reminder("consent:p.sanne", "g.visser2")], schedule.Due);
    }

    [Fact]
    public void An_answer_for_another_revision_is_no_answer_and_is_reminded()
    {
        var schedule = Evaluate(Asked.AddDays(2), sent: FirstRequests, decisions: [Yes("consent:p.daan", "p.daan", hash: "hash-r0")]);

        Assert.Contains(Reminder("consent:p.daan", "p.daan"), schedule.Due);
    }

    [Fact]
    public void The_manager_step_is_offered_to_the_deputy_at_the_escalation_time()
    {
        ApprovalRequest[] sent = [.. FirstRequests, Reminder("manager", "m.jansen"), Reminder("consent:p.sanne", "g.visser1"), Reminder("consent:p.sanne", "g.visser2"), Reminder("consent:p.daan", "p.daan")];

        Assert.Empty(Evaluate(Asked.AddDays(3).AddMinutes(-1), sent: sent).Due);
        var schedule = Evaluate(Asked.AddDays(3), sent: sent);

        Assert.Equal([new ApprovalRequest("manager", "d.bakker", RequestPurpose.Escalation)], schedule.Due);
        Assert.Equal(Asked.AddDays(7), schedule.NextWake);
        Assert.True(Deadlines.IsEscalatedAt(Asked.AddDays(3)));
    }

    [Fact]
    public void A_manager_who_decided_is_neither_reminded_nor_escalated()
    {
        var schedule = Evaluate(Asked.AddDays(3), sent: FirstRequests, decisions: [Yes("manager", "m.jansen")]);

        Assert.DoesNotContain(schedule.Due, r => r.StepId == "manager");
    }

    [Fact]
    public void Without_a_deputy_there_is_no_escalation()
    {
        var plan = Plan with { Manager = Plan.Manager! with { DeputyId = null } };

        var schedule = Evaluate(Asked.AddDays(3), sent: FirstRequests, plan: plan);

        Assert.DoesNotContain(schedule.Due, r => r.Purpose == RequestPurpose.Escalation);
    }

    [Fact]
    public void A_manager_asked_for_advice_is_asked_but_never_reminded_nor_escalated()
    {
        var plan = Plan with { Manager = Plan.Manager! with { AdviceOnly = true } };

        Assert.Contains(Request("manager", "m.jansen"), Evaluate(Asked, plan: plan).Due);
        var later = Evaluate(Asked.AddDays(3), sent: FirstRequests, plan: plan);

        Assert.DoesNotContain(later.Due, r => r.StepId == "manager");
    }

    [Fact]
    public void Guardians_are_not_mailed_in_quiet_hours_but_when_they_end()
    {
        var evening = Amsterdam(5, 22);
        var deadlines = StepDeadlines.Compute(evening, null, Options);

        var atNight = Evaluate(evening, deadlines: deadlines);
        var inTheMorning = Evaluate(Amsterdam(6, 7), sent: atNight.Due, deadlines: deadlines);

        Assert.Equal([Request("manager", "m.jansen"), Request("consent:p.daan", "p.daan")], atNight.Due);
        Assert.Equal(Amsterdam(6, 7), atNight.NextWake);
        Assert.Equal([Request("consent:p.sanne", "g.visser1"), Request("consent:p.sanne", "g.visser2")], inTheMorning.Due);
    }

    [Fact]
    public void A_guardians_mail_overdue_when_the_instance_wakes_in_quiet_hours_still_waits_for_the_morning()
    {
        var deadlines = StepDeadlines.Compute(Amsterdam(5, 20), null, Options);

        var schedule = Evaluate(Amsterdam(7, 23), sent: [Request("manager", "m.jansen"), Request("consent:p.daan", "p.daan")], deadlines: deadlines);

        Assert.DoesNotContain(schedule.Due, r => r.HolderId.StartsWith("g.", StringComparison.Ordinal));
        Assert.Equal(Amsterdam(8, 7), schedule.NextWake);
    }

    [Fact]
    public void A_guardians_reminder_that_falls_in_quiet_hours_waits_for_the_morning()
    {
        var deadlines = StepDeadlines.Compute(Amsterdam(5, 22, 30), null, Options);
        ApprovalRequest[] sent = [.. FirstRequests];

        var atReminder = Evaluate(Amsterdam(7, 22, 30), sent: sent, deadlines: deadlines);

        Assert.Equal([Reminder("manager", "m.jansen"), Reminder("consent:p.daan", "p.daan")], atReminder.Due);
        Assert.Equal(Amsterdam(8, 7), atReminder.NextWake);
        Assert.Equal(
            [Reminder("consent:p.sanne", "g.visser1"), Reminder("consent:p.sanne", "g.visser2")],
            Evaluate(Amsterdam(8, 7), sent: [.. sent, .. atReminder.Due], deadlines: deadlines).Due);
    }

    [Fact]
    public void A_request_held_back_by_quiet_hours_is_not_sent_once_the_other_guardian_consented()
    {
        var deadlines = StepDeadlines.Compute(Amsterdam(5, 22), null, Options);
        var atNight = Evaluate(Amsterdam(5, 22), deadlines: deadlines);

        var inTheMorning = Evaluate(Amsterdam(6, 7), sent: atNight.Due, decisions: [Yes("consent:p.sanne", "g.visser1")], deadlines: deadlines);

        Assert.Empty(inTheMorning.Due);
    }

    [Fact]
    public void A_guardians_mail_that_could_only_go_after_the_expiry_never_goes()
    {
        var evening = Amsterdam(5, 22);
        var deadlines = StepDeadlines.Compute(evening, publishAt: Amsterdam(6, 6), Options);

        var schedule = Evaluate(evening, deadlines: deadlines);

        Assert.DoesNotContain(schedule.Due, r => r.HolderId.StartsWith("g.", StringComparison.Ordinal));
        Assert.Equal(Amsterdam(6, 6), schedule.NextWake);
    }

    [Fact]
    public void A_reminder_or_escalation_that_would_come_after_the_expiry_does_not_come()
    {
        var deadlines = StepDeadlines.Compute(Asked, publishAt: Asked.AddDays(1), Options);

        var schedule = Evaluate(Asked.AddHours(23), sent: FirstRequests, deadlines: deadlines);

        Assert.Empty(schedule.Due);
        Assert.Equal(Asked.AddDays(1), schedule.NextWake);
    }

    [Fact]
    public void At_the_expiry_nothing_is_sent_and_the_revision_expires()
    {
        var schedule = Evaluate(Asked.AddDays(7));

        Assert.True(schedule.Expired);
        Assert.Empty(schedule.Due);
        Assert.False(Evaluate(Asked.AddDays(7).AddSeconds(-1), sent: FirstRequests).Expired);
    }
}
