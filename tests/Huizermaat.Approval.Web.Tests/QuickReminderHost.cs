using Huizermaat.Approval.Testing;

namespace Huizermaat.Approval.Web.Tests;

/// <summary>A local host whose approvers get a reminder a few seconds after their request.</summary>
public sealed class QuickReminderHost() : FlowHost(new Dictionary<string, string?>
{
    ["Approval:ReminderAfter"] = "00:00:03",
    ["Approval:EscalationAfter"] = "00:10:00",
    ["Approval:ExpiryAfter"] = "00:20:00",
});
