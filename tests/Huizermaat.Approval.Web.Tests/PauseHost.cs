using Huizermaat.Approval.Testing;

namespace Huizermaat.Approval.Web.Tests;

/// <summary>A local host of its own with one operator (Bram): the emergency stop holds for every draft of a deployment.</summary>
public sealed class PauseHost() : FlowHost(new Dictionary<string, string?> { ["Auth:DevelopmentOperators:0"] = FlowPeople.OtherAuthorEmail })
{
    public const string OperatorEmail = FlowPeople.OtherAuthorEmail;
}
