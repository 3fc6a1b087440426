using Huizermaat.Approval.Web.Identity;
using Huizermaat.Approval.Web.Pages;
using Huizermaat.Approval.Web.Rendering;
using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Admin;

/// <summary>
/// The door of the Beheer pages: nobody signed in → the sign-in page (401); signed in but not an operator
/// (the communications team) → a Dutch 403 page. Operators come from Easy Auth's <c>operator</c> role, or in
/// Development from <c>Auth:DevelopmentOperators</c>.
/// </summary>
public sealed class OperatorAccess(StaffAccess staff, PageRenderer renderer)
{
    public async Task<StaffCheck> RequireAsync(HttpRequest request)
    {
        var access = await staff.RequireAsync(request, api: false).ConfigureAwait(false);
        if (access.Denied is not null || access.User!.IsOperator)
        {
            return access;
        }

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
}
