using Huizermaat.Approval.Web.Api;
using Huizermaat.Approval.Web.Compose;
using Huizermaat.Approval.Web.Development;
using Huizermaat.Approval.Web.Drafts;
using Huizermaat.Approval.Web.Home;
using Huizermaat.Approval.Web.Identity;
using Huizermaat.Approval.Web.Links;
using Huizermaat.Approval.Web.Mail;
using Huizermaat.Approval.Web.Rendering;
using Huizermaat.Approval.Web.Planning;
using Huizermaat.Approval.Web.Reviews;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Huizermaat.Approval.Functions;

/// <summary>The pages, assets and the check API: each a one-line wrapper over its handler in the web library.</summary>
public static class WebFunctions
{
    [Function("HomePage")]
    public static Task<IResult> Home([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = HomePageHandler.Route)] HttpRequest request, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<HomePageHandler>(request, durable).HandleAsync(request);

    [Function("NewDraftPage")]
    public static Task<IResult> NewDraftPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = NewDraftPageHandler.Route)] HttpRequest request, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<NewDraftPageHandler>(request, durable).HandleAsync(request);

    [Function("CheckApi")]
    public static Task<IResult> Check([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = CheckApiHandler.Route)] HttpRequest request, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<CheckApiHandler>(request, durable).HandleAsync(request);

    [Function("Asset")]
    public static IResult Asset([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AssetHandler.Route)] HttpRequest request, string name) =>
        Invocation.Handler<AssetHandler>(request).Handle(request, name);
}

/// <summary>Staff APIs and pages: drafts, media, roster search, Mijn berichten, the status page.</summary>
public static class DraftFunctions
{
    [Function("UploadMedia")]
    public static Task<IResult> Upload([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = MediaApiHandler.UploadRoute)] HttpRequest request, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<MediaApiHandler>(request, durable).UploadAsync(request);

    [Function("MediaItem")]
    public static Task<IResult> MediaItem([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = MediaApiHandler.ItemRoute)] HttpRequest request, string id, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<MediaApiHandler>(request, durable).GetAsync(request, id);

    [Function("MediaThumbnail")]
    public static Task<IResult> Thumbnail([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = MediaApiHandler.ThumbnailRoute)] HttpRequest request, string id, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<MediaApiHandler>(request, durable).ThumbnailAsync(request, id);

    [Function("LinkMediaThumbnail")]
    public static Task<IResult> LinkThumbnail([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = MediaApiHandler.LinkThumbnailRoute)] HttpRequest request, string token, string id, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<MediaApiHandler>(request, durable).LinkThumbnailAsync(request, token, id);

    [Function("RosterSearch")]
    public static Task<IResult> Search([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RosterSearchHandler.Route)] HttpRequest request, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<RosterSearchHandler>(request, durable).HandleAsync(request);

    [Function("SubmitDraft")]
    public static Task<IResult> Submit([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = DraftsApiHandler.Route)] HttpRequest request, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<DraftsApiHandler>(request, durable).SubmitAsync(request);

    [Function("ReviseDraft")]
    public static Task<IResult> Revise([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = DraftsApiHandler.RevisionsRoute)] HttpRequest request, string id, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<DraftsApiHandler>(request, durable).ReviseAsync(request, id);

    [Function("GetDraft")]
    public static Task<IResult> Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = DraftsApiHandler.ItemRoute)] HttpRequest request, string id, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<DraftsApiHandler>(request, durable).GetAsync(request, id);

    [Function("MyDraftsPage")]
    public static Task<IResult> List([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = DraftPagesHandler.ListRoute)] HttpRequest request, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<DraftPagesHandler>(request, durable).ListAsync(request);

    [Function("DraftPage")]
    public static Task<IResult> Show([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = DraftPagesHandler.ItemRoute)] HttpRequest request, string id, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<DraftPagesHandler>(request, durable).ShowAsync(request, id);

    [Function("TakeDownDraft")]
    public static Task<IResult> TakeDown([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = DraftPagesHandler.TakeDownRoute)] HttpRequest request, string id, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<DraftPagesHandler>(request, durable).TakeDownAsync(request, id);

    [Function("WithdrawDraft")]
    public static Task<IResult> Withdraw([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = DraftPagesHandler.WithdrawRoute)] HttpRequest request, string id, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<DraftPagesHandler>(request, durable).WithdrawAsync(request, id);
}

/// <summary>Planning: scheduled and published posts per week (an operator's: everyone's; an author's: their own).</summary>
public static class PlanningFunctions
{
    [Function("PlanningPage")]
    public static Task<IResult> Show([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = PlanningHandler.Route)] HttpRequest request, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<PlanningHandler>(request, durable).ShowAsync(request);
}

/// <summary>Te beoordelen: a signed-in manager's drafts waiting for them, and their decision there.</summary>
public static class ReviewFunctions
{
    [Function("ReviewsPage")]
    public static Task<IResult> List([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ReviewsHandler.ListRoute)] HttpRequest request, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<ReviewsHandler>(request, durable).ListAsync(request);

    [Function("ReviewDecision")]
    public static Task<IResult> Decide([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ReviewsHandler.DecideRoute)] HttpRequest request, string id, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<ReviewsHandler>(request, durable).DecideAsync(request, id);

    [Function("ReviewMediaThumbnail")]
    public static Task<IResult> Thumbnail([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ReviewsHandler.ThumbnailRoute)] HttpRequest request, string id, string mediaId, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<ReviewsHandler>(request, durable).ThumbnailAsync(request, id, mediaId);
}

/// <summary>The approval pages e-mail links open (anonymous: the token is the capability).</summary>
public static class LinkFunctions
{
    [Function("LinkPage")]
    public static Task<IResult> Show([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = LinkPageHandler.Route)] HttpRequest request, string token, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<LinkPageHandler>(request, durable).ShowAsync(request, token);

    [Function("LinkDecision")]
    public static Task<IResult> Decide([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = LinkPageHandler.Route)] HttpRequest request, string token, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<LinkPageHandler>(request, durable).DecideAsync(request, token);
}

/// <summary>SendGrid's Signed Event Webhook (anonymous: the signature is the authentication).</summary>
public static class MailEventFunctions
{
    [Function("SendGridEvents")]
    public static Task<IResult> Receive([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = SendGridEventsHandler.Route)] HttpRequest request, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<SendGridEventsHandler>(request, durable).HandleAsync(request);
}

/// <summary>Development only (each answers 404 elsewhere): the login and logout, the mailbox, what was published, the roster.</summary>
public static class DevelopmentFunctions
{
    [Function("DevelopmentLogin")]
    public static Task<IResult> Login([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = DevelopmentLoginHandler.Route)] HttpRequest request, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<DevelopmentLoginHandler>(request, durable).HandleAsync(request);

    [Function("DevelopmentLogout")]
    public static IResult Logout([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = DevelopmentLoginHandler.LogoutRoute)] HttpRequest request) =>
        Invocation.Handler<DevelopmentLoginHandler>(request).Logout(request);

    [Function("DevelopmentMailbox")]
    public static Task<IResult> Mailbox([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = DevelopmentApiHandler.MailboxRoute)] HttpRequest request, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<DevelopmentApiHandler>(request, durable).MailboxAsync(request);

    [Function("DevelopmentMailboxPage")]
    public static Task<IResult> MailboxPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = DevelopmentApiHandler.MailboxPageRoute)] HttpRequest request, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<DevelopmentApiHandler>(request, durable).MailboxPageAsync(request);

    [Function("DevelopmentPublished")]
    public static Task<IResult> Published([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = DevelopmentApiHandler.PublishedRoute)] HttpRequest request, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<DevelopmentApiHandler>(request, durable).PublishedAsync(request);

    [Function("DevelopmentPublishedPost")]
    public static Task<IResult> PublishedPost([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = DevelopmentApiHandler.PublishedPostRoute)] HttpRequest request, string channel, string key, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<DevelopmentApiHandler>(request, durable).PublishedPostAsync(request, channel, key);

    [Function("DevelopmentRoster")]
    public static Task<IResult> Roster([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = DevelopmentApiHandler.RosterRoute)] HttpRequest request, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<DevelopmentApiHandler>(request, durable).RosterAsync(request);
}
