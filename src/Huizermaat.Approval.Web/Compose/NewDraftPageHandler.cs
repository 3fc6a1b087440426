using Huizermaat.Approval.Web.Identity;
using Huizermaat.Approval.Web.Rendering;
using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Compose;

/// <summary>
/// <c>GET /berichten/nieuw</c>: the form for a new draft (signed-in users; uploading and submitting also need a
/// place in the roster's staff).
/// </summary>
public sealed class NewDraftPageHandler(PageRenderer renderer, CurrentUserResolver users, StaffAccess staff)
{
    public const string Route = "berichten/nieuw";

    public async Task<IResult> HandleAsync(HttpRequest request) =>
        users.Resolve(request) is null
            ? await staff.SignInPageAsync(request).ConfigureAwait(false)
            : await renderer.RenderAsync<NewDraftPage, NewDraftModel>(request, new NewDraftModel()).ConfigureAwait(false);
}

/// <summary>The form starts empty; its script fills it (from this browser's saved concept, or the draft to revise).</summary>
public sealed record NewDraftModel;
