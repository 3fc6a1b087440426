using Huizermaat.Approval.Web.Rendering;
using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Identity;

/// <summary>
/// <c>GET /dev/login?as=&lt;e-mail&gt;[&amp;terug=/pad]</c>: signs in as a member of staff from the roster;
/// <c>GET /dev/logout</c>: signs out again. Development only (404 anywhere else); behind App Service Authentication
/// signing out is the platform's <c>/.auth/logout</c>.
/// </summary>
public sealed class DevelopmentLoginHandler(CurrentUserResolver users, StaffAccess staff)
{
    public const string Route = "dev/login";
    public const string LogoutRoute = "dev/logout";

    public IResult Logout(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!users.DevelopmentLoginEnabled)
        {
            return Results.NotFound();
        }

        users.SignOutForDevelopment(request.HttpContext.Response);
        SecurityHeaders.Apply(request.HttpContext.Response);
        return Results.Redirect("/");
    }

    public async Task<IResult> HandleAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!users.DevelopmentLoginEnabled)
        {
            return Results.NotFound();
        }

        var email = request.Query["as"].ToString().Trim();
        if (email.Length == 0)
        {
            return await staff.SignInPageAsync(request, null, StatusCodes.Status200OK).ConfigureAwait(false);
        }

        var person = email.Length <= 320 ? await staff.FindStaffAsync(email, request.HttpContext.RequestAborted).ConfigureAwait(false) : null;
        if (person is null)
        {
            return await staff.SignInPageAsync(
                request,
                $"Er is geen personeelslid met het e-mailadres \u201c{(email.Length > 80 ? email[..80] + "…" : email)}\u201d in de leerlingenadministratie. Kies hieronder iemand.",
                StatusCodes.Status404NotFound).ConfigureAwait(false);
        }

        users.SignInForDevelopment(request.HttpContext.Response, person);
        SecurityHeaders.Apply(request.HttpContext.Response);
        return Results.Redirect(LocalPath(request.Query["terug"].ToString()));
    }

    /// <summary>A path on this site only: never an open redirect.</summary>
    public static string LocalPath(string? path) =>
        !string.IsNullOrEmpty(path) && path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) && !path.StartsWith("/\\", StringComparison.Ordinal)
            ? path
            : "/";
}
