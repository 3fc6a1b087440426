using Huizermaat.Approval.Web.Identity;
using Huizermaat.Approval.Web.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Huizermaat.Approval.Web.Pages;

/// <summary><c>GET /</c>: the start page.</summary>
public sealed class HomePageHandler(PageRenderer renderer, IHostEnvironment environment, CurrentUserResolver users)
{
    public const string Route = "";

    public Task<IResult> HandleAsync(HttpRequest request) =>
        renderer.RenderAsync<HomePage>(new Dictionary<string, object?>
        {
            [nameof(HomePage.Development)] = environment.IsDevelopment(),
            [nameof(HomePage.DevelopmentLogin)] = users.DevelopmentLoginEnabled,
        });
}
