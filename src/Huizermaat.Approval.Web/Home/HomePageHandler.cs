using Huizermaat.Approval.Web.Identity;
using Huizermaat.Approval.Web.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Huizermaat.Approval.Web.Home;

/// <summary><c>GET /</c>: the start page.</summary>
public sealed class HomePageHandler(PageRenderer renderer, IHostEnvironment environment, CurrentUserResolver users)
{
    public const string Route = "";

    public Task<IResult> HandleAsync(HttpRequest request) =>
        renderer.RenderAsync<HomePage, HomeModel>(request, new HomeModel(environment.IsDevelopment(), users.DevelopmentLoginEnabled));
}

/// <summary>The start page: in Development also the doors to the development mailbox, sink and roster.</summary>
public sealed record HomeModel(bool Development, bool DevelopmentLogin);
