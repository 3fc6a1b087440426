using Azure.Storage.Blobs;
using Huizermaat.Approval.Web.Admin;
using Huizermaat.Approval.Web.Api;
using Huizermaat.Approval.Web.Development;
using Huizermaat.Approval.Web.Drafts;
using Huizermaat.Approval.Web.Identity;
using Huizermaat.Approval.Web.Links;
using Huizermaat.Approval.Web.Mail;
using Huizermaat.Approval.Web.Pages;
using Huizermaat.Approval.Web.Rendering;
using Huizermaat.Approval.Web.Storage;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Maintenance;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Huizermaat.Approval.Web;

public static class WebServiceCollectionExtensions
{
    /// <summary>Registers identity, the page renderer, the protocol checker and every handler, for both hosts.</summary>
    public static IServiceCollection AddHuizermaatWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProtocolChecks(configuration);
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddDataProtection().SetApplicationName("Huizermaat.Approval");
        services.AddOptions<KeyManagementOptions>().Configure<BlobServiceClient>((options, blobs) =>
            options.XmlRepository = new BlobXmlRepository(blobs.GetBlobContainerClient(BlobXmlRepository.ContainerName)));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "huizermaat-af";
            options.FormFieldName = "__af";
            options.SuppressXFrameOptionsHeader = true; // SecurityHeaders sends DENY on every page
        });
        services.AddOptions<RateLimits>().Bind(configuration.GetSection(RateLimits.SectionName));
        services.AddSingleton<RequestLimiter>();

        services.AddSingleton<PageRenderer>();
        services.AddSingleton<CurrentUserResolver>();
        services.AddSingleton<StaffAccess>();
        services.AddSingleton<WebTables>();
        services.AddSingleton<MediaUploadStore>();
        services.AddSingleton<IRetentionParticipant, UploadRetention>();
        services.AddSingleton<LinkUseStore>();
        services.AddSingleton<LinkValidator>();
        services.AddSingleton<DraftReader>();
        services.AddSingleton<OperatorAccess>();
        services.AddSingleton<HandledFailureStore>();
        services.AddSingleton<UndeliveredMailStore>();
        services.AddSingleton<AdminReader>();

        services.AddSingleton<AssetHandler>();
        services.AddSingleton<HomePageHandler>();
        services.AddSingleton<NewDraftPageHandler>();
        services.AddSingleton<CheckApiHandler>();
        services.AddSingleton<DevelopmentLoginHandler>();
        services.AddSingleton<MediaApiHandler>();
        services.AddSingleton<RosterSearchHandler>();
        services.AddSingleton<DraftsApiHandler>();
        services.AddSingleton<DraftPagesHandler>();
        services.AddSingleton<LinkPageHandler>();
        services.AddSingleton<DevelopmentApiHandler>();
        services.AddSingleton<AdminPagesHandler>();
        services.AddSingleton<SendGridEventsHandler>();
        return services;
    }
}
