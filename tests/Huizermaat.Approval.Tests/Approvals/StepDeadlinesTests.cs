using Huizermaat.Approval.Approvals;

namespace Huizermaat.Approval.Tests.Approvals;

public sealed class StepDeadlinesTests
{
    private static readonly DateTimeOffset Asked = new(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void By_default_reminds_after_two_days_escalates_after_three_and_expires_after_seven()
    {
        var deadlines = StepDeadlines.Compute(Asked, null, new ApprovalOptions());

        Assert.Equal(Asked.AddDays(2), deadlines.Reminder);
        Assert.Equal(Asked.AddDays(3), deadlines.Escalation);
        Assert.Equal(Asked.AddDays(7), deadlines.Expiry);
    }

    [Fact]
    public void Requests_expire_at_the_requested_publish_time_when_it_comes_first()
    {
        var publish = Asked.AddDays(2).AddHours(12);

        var deadlines = StepDeadlines.Compute(Asked, publish, new ApprovalOptions());

        Assert.Equal(publish, deadlines.Expiry);
        Assert.Equal(Asked.AddDays(2), deadlines.Reminder);
        Assert.Null(deadlines.Escalation);
    }

    [Fact]
    public void A_publish_time_after_the_expiry_does_not_extend_it()
    {
        Assert.Equal(Asked.AddDays(7), StepDeadlines.Compute(Asked, Asked.AddDays(30), new ApprovalOptions()).Expiry);
    }

    [Fact]
    public void A_publish_time_already_past_means_at_once_and_does_not_shorten_the_expiry()
    {
        Assert.Equal(Asked.AddDays(7), StepDeadlines.Compute(Asked, Asked.AddHours(-1), new ApprovalOptions()).Expiry);
    }

    [Fact]
    public void Durations_are_options()
    {
        var options = new ApprovalOptions { ReminderAfter = TimeSpan.FromSeconds(2), EscalationAfter = TimeSpan.FromSeconds(3), ExpiryAfter = TimeSpan.FromSeconds(7) };

        var deadlines = StepDeadlines.Compute(Asked, null, options);

        Assert.Equal(new StepDeadlines(Asked.AddSeconds(2), Asked.AddSeconds(3), Asked.AddSeconds(7)), deadlines);
    }
}
