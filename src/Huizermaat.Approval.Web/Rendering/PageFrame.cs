using Huizermaat.Approval.Web.Identity;

namespace Huizermaat.Approval.Web.Rendering;

/// <summary>What the header of every page shows: who is signed in (nobody on the e-mail link pages) and how to sign out.</summary>
/// <param name="UserName">The signed-in person's name, or null.</param>
/// <param name="SignOutPath">Where "Afmelden" goes: App Service Authentication's logout, or the development login's.</param>
public sealed record PageFrame(string? UserName, string? SignOutPath, bool IsOperator)
{
    public static PageFrame Anonymous { get; } = new(null, null, false);

    public static PageFrame For(CurrentUser? user, AuthMode mode, bool developmentLogin) => user is null
        ? Anonymous
        : new PageFrame(
            user.Name,
            developmentLogin ? "/" + DevelopmentLoginHandler.LogoutRoute
                : mode == AuthMode.EasyAuth ? "/.auth/logout?post_logout_redirect_uri=/"
                : null,
            user.IsOperator);
}
