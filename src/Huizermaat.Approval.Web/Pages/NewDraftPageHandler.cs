using Huizermaat.Approval.Web.Rendering;
using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Pages;

/// <summary><c>GET /berichten/nieuw</c>: the form for a new draft.</summary>
public sealed class NewDraftPageHandler(PageRenderer renderer)
{
    public const string Route = "berichten/nieuw";

    public Task<IResult> HandleAsync(HttpRequest request) => renderer.RenderAsync<NewDraftPage>();
}
