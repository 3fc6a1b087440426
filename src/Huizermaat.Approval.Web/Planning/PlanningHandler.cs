using Huizermaat.Approval.Web.Identity;
using Huizermaat.Approval.Web.Rendering;
using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Planning;

/// <summary>
/// Planning (<c>GET /planning</c>), for signed-in staff: scheduled and published posts per week
/// (<see cref="PlanningReader"/>). An operator sees every author's posts, linked to Beheer; anyone else sees their own
/// posts, linked to their status pages (what others plan is theirs to share, and Beheer shows it to the communications team).
/// </summary>
public sealed class PlanningHandler(StaffAccess staff, PlanningReader reader, PageRenderer renderer)
{
    public const string Route = "planning";

    public Task<IResult> ShowAsync(HttpRequest request) => staff.PageAsync(request, async user =>
    {
        var everyone = user.IsOperator;
        var weeks = await reader.ReadAsync(everyone ? null : user.PersonId ?? string.Empty, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return await renderer.RenderAsync<PlanningPage, PlanningModel>(request, new PlanningModel(weeks, everyone)).ConfigureAwait(false);
    });
}
