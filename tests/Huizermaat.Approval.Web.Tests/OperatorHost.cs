using Huizermaat.Approval.Testing;

namespace Huizermaat.Approval.Web.Tests;

/// <summary>
/// A local host with one operator (<see cref="FlowPeople.OtherAuthorEmail"/>, Bram) and approval requests that are
/// due a reminder after two seconds (so an unanswered step is soon overdue) but expire only after ten minutes.
/// </summary>
public sealed class OperatorHost() : FlowHost(new Dictionary<string, string?>
{
    ["Auth:DevelopmentOperators:0"] = FlowPeople.OtherAuthorEmail,
    ["Approval:ReminderAfter"] = "00:00:02",
    ["Approval:EscalationAfter"] = "00:10:00",
    ["Approval:ExpiryAfter"] = "00:10:00",
})
{
    public const string OperatorEmail = FlowPeople.OtherAuthorEmail;

    public const string OperatorId = "bram";
}
