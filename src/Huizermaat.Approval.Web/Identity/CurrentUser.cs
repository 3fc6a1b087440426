namespace Huizermaat.Approval.Web.Identity;

/// <summary>A signed-in member of staff: who they are and whether they are an operator (communications team).</summary>
public sealed record CurrentUser(string Email, string Name, bool IsOperator)
{
    public const string StaffRole = "staff";
    public const string OperatorRole = "operator";

    /// <summary>The roster id, when the sign-in already established it (development login); otherwise looked up by e-mail.</summary>
    public string? PersonId { get; init; }
}
