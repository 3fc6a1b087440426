using Huizermaat.Approval.Checks;
using Huizermaat.Approval.Web.Api;
using Huizermaat.Approval.Web.Pages;
using Huizermaat.Approval.Web.Rendering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Web;

public static class WebServiceCollectionExtensions
{
    /// <summary>Registers the page renderer, the protocol checker and every handler, for both hosts.</summary>
    public static IServiceCollection AddHuizermaatWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProtocolCheckOptions>().Bind(configuration.GetSection(ProtocolCheckOptions.SectionName));
        services.TryAddSingleton(ProtocolLexicon.LoadEmbedded());
        services.TryAddSingleton(sp => new ProtocolChecker(
            ProtocolChecks.All(sp.GetRequiredService<IOptions<ProtocolCheckOptions>>().Value, sp.GetRequiredService<ProtocolLexicon>())));
        services.AddSingleton<PageRenderer>();
        services.AddSingleton<AssetHandler>();
        services.AddSingleton<HomePageHandler>();
        services.AddSingleton<NewDraftPageHandler>();
        services.AddSingleton<CheckApiHandler>();
        return services;
    }
}
