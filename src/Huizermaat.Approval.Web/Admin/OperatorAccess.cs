using Huizermaat.Approval.Web.Identity;
using Huizermaat.Approval.Web.Rendering;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Admin;

/// <summary>
/// The door of the Beheer pages: nobody signed in → the sign-in page (401); signed in but not an operator
/// (the communications team) → a Dutch 403 page. Operators hold the Entra app role <c>operator</c> (or in
/// Development appear in <c>Auth:DevelopmentOperators</c>) and need no roster entry, so that the first operator of
/// a new deployment can import the roster; when they are also staff, their roster id is given too.
/// </summary>
public sealed class OperatorAccess(CurrentUserResolver users, StaffAccess staff, MessagePages messages, IAntiforgery antiforgery)
{
    /// <summary>
    /// A Beheer form post: the operator, or the refusal (not an operator; larger than <paramref name="maxBytes"/>: 413; not a
    /// form of this site, <paramref name="multipart"/> when it must carry a file, or without a valid anti-forgery token: 400).
    /// </summary>
    public async Task<StaffCheck> RequireFormAsync(HttpRequest request, long maxBytes, bool multipart = false)
    {
        var access = await RequireAsync(request).ConfigureAwait(false);
        if (access.Denied is not null)
        {
            return access;
        }

        if (request.ContentLength > maxBytes)
        {
            return new StaffCheck(null, await RefuseAsync(request, "Te groot", "Het formulier of bestand is te groot. Er is niets veranderd.", StatusCodes.Status413PayloadTooLarge).ConfigureAwait(false));
        }

        if (!request.HasFormContentType || (multipart && !request.ContentType!.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
            || !await antiforgery.IsRequestValidAsync(request.HttpContext).ConfigureAwait(false))
        {
            return new StaffCheck(null, await RefuseAsync(request, "Formulier verlopen", "Dit formulier is verlopen of niet via de pagina verstuurd. Open de pagina opnieuw en probeer het nog eens.", StatusCodes.Status400BadRequest).ConfigureAwait(false));
        }

        return access;
    }

    /// <summary>A Dutch message page with the way back to Beheer.</summary>
    public Task<IResult> RefuseAsync(HttpRequest request, string title, string text, int statusCode) =>
        messages.ShowAsync(request, new Message(title, text, MessageKind.Error, ShowNavigation: true, LinkHref: "/beheer", LinkText: "Terug naar Beheer"), statusCode);

    /// <summary>A Beheer page or action: <paramref name="page"/> for a signed-in operator; anyone else gets the refusal.</summary>
    public async Task<IResult> PageAsync(HttpRequest request, Func<CurrentUser, Task<IResult>> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var check = await RequireAsync(request).ConfigureAwait(false);
        return check.Denied ?? await page(check.User!).ConfigureAwait(false);
    }

    public async Task<StaffCheck> RequireAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = users.Resolve(request);
        if (user is null)
        {
            return new StaffCheck(null, await staff.SignInPageAsync(request).ConfigureAwait(false));
        }

        if (!user.IsOperator)
        {
            return new StaffCheck(null, await messages.ShowAsync(
                request,
                new Message("Geen toegang", "Beheer is alleen voor het communicatieteam. Je bent aangemeld, maar niet als beheerder.", MessageKind.Error, ShowNavigation: true),
                StatusCodes.Status403Forbidden).ConfigureAwait(false));
        }

        var match = await staff.MatchAsync(user, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return new StaffCheck(user with { PersonId = match.Person?.Id }, null);
    }
}
