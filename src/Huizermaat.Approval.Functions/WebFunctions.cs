using Huizermaat.Approval.Web.Api;
using Huizermaat.Approval.Web.Pages;
using Huizermaat.Approval.Web.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Huizermaat.Approval.Functions;

/// <summary>The pages, assets and the check API: each a one-line wrapper over its handler in the web library.</summary>
public sealed class WebFunctions(HomePageHandler home, NewDraftPageHandler newDraft, CheckApiHandler check, AssetHandler assets)
{
    [Function("HomePage")]
    public Task<IResult> Home([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = HomePageHandler.Route)] HttpRequest request) =>
        home.HandleAsync(request);

    [Function("NewDraftPage")]
    public Task<IResult> NewDraftPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = NewDraftPageHandler.Route)] HttpRequest request) =>
        newDraft.HandleAsync(request);

    [Function("CheckApi")]
    public Task<IResult> Check([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = CheckApiHandler.Route)] HttpRequest request) =>
        check.HandleAsync(request);

    [Function("Asset")]
    public IResult Asset([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AssetHandler.Route)] HttpRequest request, string name) =>
        assets.Handle(request, name);
}
