namespace Huizermaat.Approval.Web.Identity;

/// <summary>
/// A signed-in person: who they are and whether they are an operator (the communications team: the Entra app role
/// <c>operator</c>, or in Development <c>Auth:DevelopmentOperators</c>). Staff pages also need their roster id.
/// </summary>
public sealed record CurrentUser(string Email, string Name, bool IsOperator)
{
    public const string StaffRole = "staff";
    public const string OperatorRole = "operator";

    /// <summary>The roster id, when the sign-in established it (development login, or a known Entra account).</summary>
    public string? PersonId { get; init; }

    /// <summary>The Entra object id (<c>oid</c>) of the account, when App Service Authentication signed it in.</summary>
    public string? ObjectId { get; init; }
}
