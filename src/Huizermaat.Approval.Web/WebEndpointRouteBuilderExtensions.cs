using Huizermaat.Approval.Web.Admin;
using Huizermaat.Approval.Web.Api;
using Huizermaat.Approval.Web.Compose;
using Huizermaat.Approval.Web.Development;
using Huizermaat.Approval.Web.Drafts;
using Huizermaat.Approval.Web.Health;
using Huizermaat.Approval.Web.Home;
using Huizermaat.Approval.Web.Identity;
using Huizermaat.Approval.Web.Links;
using Huizermaat.Approval.Web.Mail;
using Huizermaat.Approval.Web.Rendering;
using Huizermaat.Approval.Web.Planning;
using Huizermaat.Approval.Web.Reviews;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huizermaat.Approval.Web;

/// <summary>
/// Maps every handler on the same route and method as its Functions wrapper, for the local host (and the
/// tests). A contract test compares this table with the Functions app's generated functions.metadata.
/// The handlers limit rates and check identity themselves, so both hosts behave alike.
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

        endpoints.MapGet("/" + DevelopmentLoginHandler.Route, (HttpRequest request, DevelopmentLoginHandler handler) => handler.HandleAsync(request));
        endpoints.MapGet("/" + DevelopmentLoginHandler.LogoutRoute, (HttpRequest request, DevelopmentLoginHandler handler) => handler.Logout(request));
        endpoints.MapPost("/" + MediaApiHandler.UploadRoute, (HttpRequest request, MediaApiHandler handler) => handler.UploadAsync(request))
            .DisableAntiforgery();
        endpoints.MapGet("/" + MediaApiHandler.ItemRoute, (HttpRequest request, string id, MediaApiHandler handler) => handler.GetAsync(request, id));
        endpoints.MapGet("/" + MediaApiHandler.ThumbnailRoute, (HttpRequest request, string id, MediaApiHandler handler) => handler.ThumbnailAsync(request, id));
        endpoints.MapGet("/" + MediaApiHandler.LinkThumbnailRoute, (HttpRequest request, string token, string id, MediaApiHandler handler) => handler.LinkThumbnailAsync(request, token, id));
        endpoints.MapGet("/" + RosterSearchHandler.Route, (HttpRequest request, RosterSearchHandler handler) => handler.HandleAsync(request));
        endpoints.MapPost("/" + DraftsApiHandler.Route, (HttpRequest request, DraftsApiHandler handler) => handler.SubmitAsync(request));
        endpoints.MapPost("/" + DraftsApiHandler.RevisionsRoute, (HttpRequest request, string id, DraftsApiHandler handler) => handler.ReviseAsync(request, id));
        endpoints.MapGet("/" + DraftsApiHandler.ItemRoute, (HttpRequest request, string id, DraftsApiHandler handler) => handler.GetAsync(request, id));

        endpoints.MapGet("/" + DraftPagesHandler.ListRoute, (HttpRequest request, DraftPagesHandler handler) => handler.ListAsync(request));
        endpoints.MapGet("/" + DraftPagesHandler.ItemRoute, (HttpRequest request, string id, DraftPagesHandler handler) => handler.ShowAsync(request, id));
        endpoints.MapPost("/" + DraftPagesHandler.WithdrawRoute, (HttpRequest request, string id, DraftPagesHandler handler) => handler.WithdrawAsync(request, id))
            .DisableAntiforgery();
        endpoints.MapPost("/" + DraftPagesHandler.TakeDownRoute, (HttpRequest request, string id, DraftPagesHandler handler) => handler.TakeDownAsync(request, id))
            .DisableAntiforgery();

        endpoints.MapGet("/" + ReviewsHandler.ListRoute, (HttpRequest request, ReviewsHandler handler) => handler.ListAsync(request));
        endpoints.MapPost("/" + ReviewsHandler.DecideRoute, (HttpRequest request, string id, ReviewsHandler handler) => handler.DecideAsync(request, id))
            .DisableAntiforgery();
        endpoints.MapGet("/" + ReviewsHandler.ThumbnailRoute, (HttpRequest request, string id, string mediaId, ReviewsHandler handler) => handler.ThumbnailAsync(request, id, mediaId));

        endpoints.MapGet("/" + PlanningHandler.Route, (HttpRequest request, PlanningHandler handler) => handler.ShowAsync(request));

        endpoints.MapGet("/" + LinkPageHandler.Route, (HttpRequest request, string token, LinkPageHandler handler) => handler.ShowAsync(request, token));
        endpoints.MapPost("/" + LinkPageHandler.Route, (HttpRequest request, string token, LinkPageHandler handler) => handler.DecideAsync(request, token))
            .DisableAntiforgery();

        endpoints.MapGet("/" + DevelopmentApiHandler.MailboxRoute, (HttpRequest request, DevelopmentApiHandler handler) => handler.MailboxAsync(request));
        endpoints.MapGet("/" + DevelopmentApiHandler.PublishedRoute, (HttpRequest request, DevelopmentApiHandler handler) => handler.PublishedAsync(request));
        endpoints.MapGet("/" + DevelopmentApiHandler.PublishedPostRoute, (HttpRequest request, string channel, string key, DevelopmentApiHandler handler) => handler.PublishedPostAsync(request, channel, key));
        endpoints.MapGet("/" + DevelopmentApiHandler.RosterRoute, (HttpRequest request, DevelopmentApiHandler handler) => handler.RosterAsync(request));
        endpoints.MapGet("/" + DevelopmentApiHandler.MailboxPageRoute, (HttpRequest request, DevelopmentApiHandler handler) => handler.MailboxPageAsync(request));

        endpoints.MapGet("/" + AdminPagesHandler.DashboardRoute, (HttpRequest request, AdminPagesHandler handler) => handler.DashboardAsync(request));
        endpoints.MapGet("/" + AdminPagesHandler.DraftRoute, (HttpRequest request, string id, AdminPagesHandler handler) => handler.ShowAsync(request, id));
        endpoints.MapGet("/" + AdminPagesHandler.ExportRoute, (HttpRequest request, string id, AdminPagesHandler handler) => handler.ExportAsync(request, id));
        endpoints.MapPost("/" + AdminPagesHandler.RetryRoute, (HttpRequest request, string id, AdminPagesHandler handler) => handler.RetryAsync(request, id))
            .DisableAntiforgery();
        endpoints.MapPost("/" + AdminPagesHandler.HandleRoute, (HttpRequest request, string id, AdminPagesHandler handler) => handler.HandleAsync(request, id))
            .DisableAntiforgery();
        endpoints.MapGet("/" + AdminPagesHandler.RosterRoute, (HttpRequest request, AdminPagesHandler handler) => handler.RosterFormAsync(request));
        endpoints.MapPost("/" + AdminPagesHandler.RosterRoute, (HttpRequest request, AdminPagesHandler handler) => handler.ImportRosterAsync(request))
            .DisableAntiforgery();

        endpoints.MapPost("/" + PublishingPauseHandler.PauseRoute, (HttpRequest request, PublishingPauseHandler handler) => handler.PauseAsync(request))
            .DisableAntiforgery();
        endpoints.MapPost("/" + PublishingPauseHandler.ResumeRoute, (HttpRequest request, PublishingPauseHandler handler) => handler.ResumeAsync(request))
            .DisableAntiforgery();

        endpoints.MapGet("/" + AdminReadinessHandler.ReadinessRoute, (HttpRequest request, AdminReadinessHandler handler) => handler.ShowAsync(request));
        endpoints.MapPost("/" + AdminReadinessHandler.TestMailRoute, (HttpRequest request, AdminReadinessHandler handler) => handler.SendTestMailAsync(request))
            .DisableAntiforgery();

        endpoints.MapPost("/" + SendGridEventsHandler.Route, (HttpRequest request, SendGridEventsHandler handler) => handler.HandleAsync(request))
            .DisableAntiforgery();
        return endpoints;
    }
}
