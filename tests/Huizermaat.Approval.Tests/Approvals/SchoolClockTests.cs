using Huizermaat.Approval.Approvals;

namespace Huizermaat.Approval.Tests.Approvals;

public sealed class SchoolClockTests
{
    private static readonly ApprovalOptions Defaults = new();

    // October 2026: Amsterdam is UTC+2 until the 25th, then UTC+1.
    [Theory]
    [InlineData("2026-10-14T10:00:00+02:00", "2026-10-14T10:00:00+02:00")]
    [InlineData("2026-10-14T20:59:00+02:00", "2026-10-14T20:59:00+02:00")]
    [InlineData("2026-10-14T21:00:00+02:00", "2026-10-15T07:00:00+02:00")]
    [InlineData("2026-10-14T23:30:00+02:00", "2026-10-15T07:00:00+02:00")]
    [InlineData("2026-10-15T03:00:00+02:00", "2026-10-15T07:00:00+02:00")]
    [InlineData("2026-10-15T07:00:00+02:00", "2026-10-15T07:00:00+02:00")]
    public void Mail_to_parents_in_quiet_hours_waits_until_seven_in_the_morning(string at, string expected)
    {
        var result = SchoolClock.OutsideQuietHours(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), Defaults);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result);
    }

    [Fact]
    public void Quiet_hours_follow_school_time_across_the_clock_change()
    {
        // 22:00 on Saturday 24 October (UTC+2); clocks go back that night; 07:00 on Sunday is UTC+1.
        var result = SchoolClock.OutsideQuietHours(new DateTimeOffset(2026, 10, 24, 20, 0, 0, TimeSpan.Zero), Defaults);

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 6, 0, 0, TimeSpan.Zero), result.ToUniversalTime());
    }

    [Fact]
    public void Quiet_hours_are_options()
    {
        var options = Defaults with { QuietHoursStart = new TimeOnly(12, 0), QuietHoursEnd = new TimeOnly(13, 0) };

        var result = SchoolClock.OutsideQuietHours(new DateTimeOffset(2026, 10, 14, 12, 30, 0, TimeSpan.FromHours(2)), options);

        Assert.Equal(new DateTimeOffset(2026, 10, 14, 13, 0, 0, TimeSpan.FromHours(2)), result);
    }

    [Fact]
    public void Equal_start_and_end_means_no_quiet_hours()
    {
        var options = Defaults with { QuietHoursStart = TimeOnly.MinValue, QuietHoursEnd = TimeOnly.MinValue };
        var midnight = new DateTimeOffset(2026, 10, 14, 0, 0, 0, TimeSpan.FromHours(2));

        Assert.Equal(midnight, SchoolClock.OutsideQuietHours(midnight, options));
    }

    [Fact]
    public void The_publish_date_is_the_school_date()
    {
        var lateOnNewYearsEve = new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2027, 1, 1), SchoolClock.LocalDate(lateOnNewYearsEve, Defaults));
    }
}
