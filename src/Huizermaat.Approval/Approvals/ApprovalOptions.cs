namespace Huizermaat.Approval.Approvals;

/// <summary>
/// The workflow's durations and rules, bound from the <c>Approval</c> configuration section. An instance
/// takes a copy when it starts (through its first activity), so a change applies to new drafts only.
/// </summary>
public sealed record ApprovalOptions
{
    public const string SectionName = "Approval";

    /// <summary>When a pending approver gets a reminder.</summary>
    public TimeSpan ReminderAfter { get; init; } = TimeSpan.FromDays(2);

    /// <summary>When the manager step is also offered to the manager's deputy.</summary>
    public TimeSpan EscalationAfter { get; init; } = TimeSpan.FromDays(3);

    /// <summary>When unanswered requests expire (never after the requested publish time). Silence is never consent.</summary>
    public TimeSpan ExpiryAfter { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Below this age on the publish date, a pupil's guardians consent for them.</summary>
    public int AgeOfConsent { get; init; } = 16;

    /// <summary>False: one guardian's consent suffices. True: every guardian in the roster must consent.</summary>
    public bool ConsentFromAllGuardians { get; init; }

    /// <summary>No mail to parents from this local time...</summary>
    public TimeOnly QuietHoursStart { get; init; } = new(21, 0);

    /// <summary>...until this local time. Equal start and end: no quiet hours.</summary>
    public TimeOnly QuietHoursEnd { get; init; } = new(7, 0);

    /// <summary>How often a channel's publication is tried before it is flagged for a person.</summary>
    public int PublishAttempts { get; init; } = 5;

    /// <summary>The wait before the first retry of a publication; it doubles with every further retry.</summary>
    public TimeSpan PublishFirstRetry { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The school's time zone (IANA id), for quiet hours and for "the publish date".</summary>
    public string TimeZone { get; init; } = "Europe/Amsterdam";
}
