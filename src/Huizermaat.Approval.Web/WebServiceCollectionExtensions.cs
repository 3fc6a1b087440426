using Huizermaat.Approval.Web.Api;
using Huizermaat.Approval.Web.Pages;
using Huizermaat.Approval.Web.Rendering;
using Huizermaat.Approval.Workflow;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huizermaat.Approval.Web;

public static class WebServiceCollectionExtensions
{
    /// <summary>Registers the page renderer, the protocol checker and every handler, for both hosts.</summary>
    public static IServiceCollection AddHuizermaatWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProtocolChecks(configuration);
        services.AddSingleton<PageRenderer>();
        services.AddSingleton<AssetHandler>();
        services.AddSingleton<HomePageHandler>();
        services.AddSingleton<NewDraftPageHandler>();
        services.AddSingleton<CheckApiHandler>();
        return services;
    }
}
