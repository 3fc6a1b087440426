namespace Huizermaat.Approval.Approvals;

/// <summary>The school's local time (quiet hours, publish dates), from <see cref="ApprovalOptions.TimeZone"/>.</summary>
public static class SchoolClock
{
    public static DateOnly LocalDate(DateTimeOffset at, ApprovalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone(options)).DateTime);
    }

    /// <summary>
    /// <paramref name="at"/>, or when it falls in the quiet hours, the end of them (07:00 school time by default):
    /// mail to parents waits until morning.
    /// </summary>
    public static DateTimeOffset OutsideQuietHours(DateTimeOffset at, ApprovalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var zone = Zone(options);
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var (start, end) = (options.QuietHoursStart, options.QuietHoursEnd);
        var wraps = start > end;
        var quiet = wraps ? time >= start || time < end : time >= start && time < end;
        if (!quiet)
        {
            return at;
        }

        var date = DateOnly.FromDateTime(local.DateTime);
        if (wraps && time >= start)
        {
            date = date.AddDays(1);
        }

        var morning = date.ToDateTime(end);
        while (zone.IsInvalidTime(morning))
        {
            morning = morning.AddMinutes(30);
        }

        return new DateTimeOffset(morning, zone.GetUtcOffset(morning));
    }

    private static TimeZoneInfo Zone(ApprovalOptions options) => TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
}
