using Huizermaat.Approval.Web.Api;
using Huizermaat.Approval.Web.Development;
using Huizermaat.Approval.Web.Drafts;
using Huizermaat.Approval.Web.Identity;
using Huizermaat.Approval.Web.Links;
using Huizermaat.Approval.Web.Mail;
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

/// <summary>Staff APIs and pages: drafts, media, roster search, Mijn berichten, the status page.</summary>
public sealed class DraftFunctions(MediaApiHandler media, RosterSearchHandler roster, DraftsApiHandler drafts, DraftPagesHandler pages)
{
    [Function("UploadMedia")]
    public Task<IResult> Upload([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = MediaApiHandler.UploadRoute)] HttpRequest request) =>
        media.UploadAsync(request);

    [Function("MediaThumbnail")]
    public Task<IResult> Thumbnail([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = MediaApiHandler.ThumbnailRoute)] HttpRequest request, string id) =>
        media.ThumbnailAsync(request, id);

    [Function("RosterSearch")]
    public Task<IResult> Search([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = RosterSearchHandler.Route)] HttpRequest request) =>
        roster.HandleAsync(request);

    [Function("SubmitDraft")]
    public Task<IResult> Submit([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = DraftsApiHandler.Route)] HttpRequest request) =>
        drafts.SubmitAsync(request);

    [Function("ReviseDraft")]
    public Task<IResult> Revise([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = DraftsApiHandler.RevisionsRoute)] HttpRequest request, string id) =>
        drafts.ReviseAsync(request, id);

    [Function("GetDraft")]
    public Task<IResult> Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = DraftsApiHandler.ItemRoute)] HttpRequest request, string id) =>
        drafts.GetAsync(request, id);

    [Function("MyDraftsPage")]
    public Task<IResult> List([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = DraftPagesHandler.ListRoute)] HttpRequest request) =>
        pages.ListAsync(request);

    [Function("DraftPage")]
    public Task<IResult> Show([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = DraftPagesHandler.ItemRoute)] HttpRequest request, string id) =>
        pages.ShowAsync(request, id);

    [Function("WithdrawDraft")]
    public Task<IResult> Withdraw([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = DraftPagesHandler.WithdrawRoute)] HttpRequest request, string id) =>
        pages.WithdrawAsync(request, id);
}

/// <summary>The approval pages e-mail links open (anonymous: the token is the capability).</summary>
public sealed class LinkFunctions(LinkPageHandler links)
{
    [Function("LinkPage")]
    public Task<IResult> Show([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = LinkPageHandler.Route)] HttpRequest request, string token) =>
        links.ShowAsync(request, token);

    [Function("LinkDecision")]
    public Task<IResult> Decide([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = LinkPageHandler.Route)] HttpRequest request, string token) =>
        links.DecideAsync(request, token);
}

/// <summary>SendGrid's Signed Event Webhook (anonymous: the signature is the authentication).</summary>
public sealed class MailEventFunctions(SendGridEventsHandler events)
{
    [Function("SendGridEvents")]
    public Task<IResult> Receive([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = SendGridEventsHandler.Route)] HttpRequest request) =>
        events.HandleAsync(request);
}

/// <summary>Development only (each answers 404 elsewhere): the login, the mailbox, what was published, the roster.</summary>
public sealed class DevelopmentFunctions(DevelopmentLoginHandler login, DevelopmentApiHandler development)
{
    [Function("DevelopmentLogin")]
    public Task<IResult> Login([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = DevelopmentLoginHandler.Route)] HttpRequest request) =>
        login.HandleAsync(request);

    [Function("DevelopmentMailbox")]
    public Task<IResult> Mailbox([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = DevelopmentApiHandler.MailboxRoute)] HttpRequest request) =>
        development.MailboxAsync(request);

    [Function("DevelopmentMailboxPage")]
    public Task<IResult> MailboxPage([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = DevelopmentApiHandler.MailboxPageRoute)] HttpRequest request) =>
        development.MailboxPageAsync(request);

    [Function("DevelopmentPublished")]
    public Task<IResult> Published([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = DevelopmentApiHandler.PublishedRoute)] HttpRequest request) =>
        development.PublishedAsync(request);

    [Function("DevelopmentRoster")]
    public Task<IResult> Roster([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = DevelopmentApiHandler.RosterRoute)] HttpRequest request) =>
        development.RosterAsync(request);
}
