using Huizermaat.Approval.Web.Admin;
using Huizermaat.Approval.Web.Api;
using Huizermaat.Approval.Web.Compose;
using Huizermaat.Approval.Web.Development;
using Huizermaat.Approval.Web.Drafts;
using Huizermaat.Approval.Web.Home;
using Huizermaat.Approval.Web.Idempotency;
using Huizermaat.Approval.Web.Identity;
using Huizermaat.Approval.Web.Links;
using Huizermaat.Approval.Web.Mail;
using Huizermaat.Approval.Web.Rendering;
using Huizermaat.Approval.Web.Planning;
using Huizermaat.Approval.Web.Reviews;
using Huizermaat.Approval.Web.Storage;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Maintenance;
using Microsoft.AspNetCore.Antiforgery;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Web;

public static class WebServiceCollectionExtensions
{
    /// <summary>
    /// Registers identity, the page renderer, the protocol checker and every handler, for both hosts. The host
    /// (src/Huizermaat.Approval.Hosting) adds storage and the data-protection key ring.
    /// </summary>
    public static IServiceCollection AddHuizermaatWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProtocolChecks(configuration);
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "huizermaat-af";
            options.FormFieldName = "__af";
            options.SuppressXFrameOptionsHeader = true; // SecurityHeaders sends DENY on every page
        });
        services.AddOptions<RateLimits>().Bind(configuration.GetSection(RateLimits.SectionName));
        services.AddSingleton<RequestLimiter>();
        services.AddSingleton<SameOriginPolicy>();
        services.AddSingleton<TransportSecurity>();
        services.AddSingleton<IConfigureOptions<AntiforgeryOptions>>(provider => provider.GetRequiredService<TransportSecurity>());

        // Pages are Dutch: letters such as é and ö and quotes such as “ stay as they are; only markup characters are encoded.
        services.TryAddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddSingleton<PageRenderer>();
        services.AddSingleton<MessagePages>();
        services.AddSingleton<CurrentUserResolver>();
        services.AddSingleton<StaffAccess>();
        services.AddSingleton<StaffAccountStore>();
        services.AddSingleton<WebTables>();
        services.AddSingleton<MediaUploadStore>();
        services.AddSingleton<IRetentionParticipant, UploadRetention>();
        services.AddSingleton<LinkUseStore>();
        services.AddSingleton<IdempotencyStore>();
        services.AddSingleton<IdempotentRequests>();
        services.AddSingleton<IRetentionParticipant, IdempotencyRetention>();
        services.AddSingleton<LinkValidator>();
        services.AddScoped<DraftReader>();
        services.AddScoped<MyDraftsReader>();
        services.AddScoped<PostReviewReader>();
        services.AddSingleton<OperatorAccess>();
        services.AddSingleton<HandledFailureStore>();
        services.AddSingleton<UndeliveredMailStore>();
        services.AddSingleton<PostOpenings>();
        services.AddScoped<AdminReader>();
        services.AddScoped<PlanningReader>();
        services.AddScoped<ReadinessReader>();
        services.AddSingleton<TestMailStore>();

        // Handlers and the readers of Durable state are per request: in the Functions app the Durable client is the
        // one the host binds to each invocation (see the Functions app's Invocation).
        foreach (var handler in Handlers)
        {
            services.AddScoped(handler);
        }

        return services;
    }

    /// <summary>Every handler the hosts route requests to.</summary>
    public static IReadOnlyList<Type> Handlers { get; } =
    [
        typeof(AssetHandler), typeof(HomePageHandler), typeof(NewDraftPageHandler), typeof(CheckApiHandler),
        typeof(DevelopmentLoginHandler), typeof(MediaApiHandler), typeof(RosterSearchHandler), typeof(DraftsApiHandler),
        typeof(DraftPagesHandler), typeof(LinkPageHandler), typeof(DevelopmentApiHandler), typeof(AdminPagesHandler),
        typeof(AdminReadinessHandler), typeof(PublishingPauseHandler), typeof(SendGridEventsHandler), typeof(ReviewsHandler), typeof(PlanningHandler),
    ];
}
