namespace Huizermaat.Approval.Web.Identity;

/// <summary>How the app learns who is signed in (configuration section <c>Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>
    /// <see cref="AuthMode.EasyAuth"/> only when the app runs behind App Service Authentication, which strips any
    /// client-sent <c>X-MS-CLIENT-PRINCIPAL</c>; anywhere else that header could be forged.
    /// </summary>
    public AuthMode Mode { get; set; } = AuthMode.None;

    /// <summary>E-mail addresses of the operators when running in <see cref="AuthMode.Development"/>.</summary>
    public IList<string> DevelopmentOperators { get; init; } = [];
}
