namespace Huizermaat.Approval.Web;

/// <summary>
/// Rate limits (section <c>RateLimits</c>) on the public link pages and on submissions and uploads, enforced by
/// <see cref="RequestLimiter"/> inside the handlers, so the Functions app and the local host limit alike.
/// </summary>
public sealed class RateLimits
{
    public const string SectionName = "RateLimits";

    /// <summary>Requests per minute and client address on <c>/link/{token}</c> (GET and POST).</summary>
    public int LinkRequestsPerMinute { get; set; } = 60;

    /// <summary>Drafts, revisions and uploads per minute and user.</summary>
    public int SubmissionsPerMinute { get; set; } = 30;

    /// <summary>Checks of a draft (<c>/api/check</c>, asked as the author types) per minute and user.</summary>
    public int ChecksPerMinute { get; set; } = 120;
}
