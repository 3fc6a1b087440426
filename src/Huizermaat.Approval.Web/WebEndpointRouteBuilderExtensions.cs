using Huizermaat.Approval.Web.Api;
using Huizermaat.Approval.Web.Pages;
using Huizermaat.Approval.Web.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huizermaat.Approval.Web;

/// <summary>
/// Maps every handler on the same route and method as its Functions wrapper, for the local host (and the
/// tests). A contract test compares this table with the Functions app's generated functions.metadata.
/// </summary>
public static class WebEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapHuizermaatWeb(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/" + HealthHandler.Route, HealthHandler.Handle);
        endpoints.MapGet("/" + HomePageHandler.Route, (HttpRequest request, HomePageHandler handler) => handler.HandleAsync(request));
        endpoints.MapGet("/" + NewDraftPageHandler.Route, (HttpRequest request, NewDraftPageHandler handler) => handler.HandleAsync(request));
        endpoints.MapPost("/" + CheckApiHandler.Route, (HttpRequest request, CheckApiHandler handler) => handler.HandleAsync(request));
        endpoints.MapGet("/" + AssetHandler.Route, (HttpRequest request, string name, AssetHandler handler) => handler.Handle(request, name));
        return endpoints;
    }
}
