using Huizermaat.Approval.Web.Identity;
using Huizermaat.Approval.Web.Pages;
using Huizermaat.Approval.Web.Rendering;
using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Admin;

/// <summary>
/// The door of the Beheer pages: nobody signed in → the sign-in page (401); signed in but not an operator
/// (the communications team) → a Dutch 403 page. Operators hold the Entra app role <c>operator</c> (or in
/// Development appear in <c>Auth:DevelopmentOperators</c>) and need no roster entry, so that the first operator of
/// a new deployment can import the roster; when they are also staff, their roster id is given too.
/// </summary>
public sealed class OperatorAccess(CurrentUserResolver users, StaffAccess staff, PageRenderer renderer)
{
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
            return new StaffCheck(null, await renderer.RenderAsync<MessagePage>(
                new Dictionary<string, object?>
                {
                    [nameof(MessagePage.Title)] = "Geen toegang",
                    [nameof(MessagePage.Text)] = "Beheer is alleen voor het communicatieteam. Je bent aangemeld, maar niet als beheerder.",
                    [nameof(MessagePage.Kind)] = "error",
                    [nameof(MessagePage.ShowNavigation)] = true,
                },
                StatusCodes.Status403Forbidden).ConfigureAwait(false));
        }

        var match = await staff.MatchAsync(user, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return new StaffCheck(user with { PersonId = match.Person?.Id }, null);
    }
}
