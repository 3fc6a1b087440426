using Huizermaat.Approval.Testing;

namespace Huizermaat.Approval.Web.Tests;

/// <summary>A local host whose approval steps expire after a few seconds and that allows three submissions a minute.</summary>
public sealed class ShortLivedLinksHost() : FlowHost(new Dictionary<string, string?>
{
    ["Approval:ExpiryAfter"] = "00:00:08",
    ["Approval:ReminderAfter"] = "00:10:00",
    ["Approval:EscalationAfter"] = "00:10:00",
    ["RateLimits:SubmissionsPerMinute"] = "3",
});
