using Huizermaat.Approval.Web.Api;
using Huizermaat.Approval.Web.Identity;
using Huizermaat.Approval.Web.Rendering;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Events;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Drafts;

/// <summary>
/// <c>GET /berichten</c> (Mijn berichten), <c>GET /berichten/{id}</c> (one draft's status),
/// <c>POST /berichten/{id}/intrekken</c> (withdraw it before publication) and <c>POST /berichten/{id}/verwijderen</c>
/// (take a published official post down from every channel; the manager is told): the signed-in author's own drafts only.
/// </summary>
public sealed class DraftPagesHandler(
    StaffAccess staff,
    DraftReader reader,
    MyDraftsReader list,
    ApprovalClient approvals,
    IAntiforgery antiforgery,
    PageRenderer renderer,
    MessagePages messages)
{
    public const string ListRoute = "berichten";
    public const string ItemRoute = "berichten/{id}";
    public const string WithdrawRoute = "berichten/{id}/intrekken";
    public const string TakeDownRoute = "berichten/{id}/verwijderen";

    private const int MaxReasonLength = 500;

    public Task<IResult> ListAsync(HttpRequest request) => staff.PageAsync(request, async user =>
    {
        var drafts = await list.ListAsync(user.PersonId!, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return await renderer.RenderAsync<MyDraftsPage, MyDraftsModel>(request, new MyDraftsModel(drafts)).ConfigureAwait(false);
    });

    public Task<IResult> ShowAsync(HttpRequest request, string id) => staff.PageAsync(request, async user =>
    {
        var view = await reader.ReadAsync(id, user.PersonId!, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return view is null
            ? await NotFoundAsync(request).ConfigureAwait(false)
            : await renderer.RenderAsync<DraftPage, DraftPageModel>(request, new DraftPageModel(view, FormToken.Issue(antiforgery, request))).ConfigureAwait(false);
    });

    public Task<IResult> WithdrawAsync(HttpRequest request, string id) => OwnDraftPostAsync(request, id, async (user, view) =>
        view.Withdrawable
        && await approvals.WithdrawAsync(id, new WithdrawEvent($"withdraw-{id}", user.PersonId!), request.HttpContext.RequestAborted).ConfigureAwait(false) == EventDelivery.Delivered
            ? Results.Redirect($"/berichten/{Uri.EscapeDataString(id)}")
            : await BackToDraftAsync(request, id, "Niet meer in te trekken", "Dit bericht kan niet meer worden ingetrokken.", StatusCodes.Status409Conflict).ConfigureAwait(false));

    public Task<IResult> TakeDownAsync(HttpRequest request, string id) => OwnDraftPostAsync(request, id, async (user, view) =>
    {
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (form["bevestigd"] != "ja")
        {
            return await BackToDraftAsync(
                request, id, "Niet verwijderd", "Vink aan dat je het bericht van alle kanalen wilt verwijderen, en druk nog eens op de knop.", StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        var reason = form["reden"].ToString().Trim();
        if (reason.Length > MaxReasonLength)
        {
            return await BackToDraftAsync(request, id, "Reden te lang", $"De reden mag hoogstens {MaxReasonLength} tekens lang zijn.", StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        return view.CanTakeDown
            && await approvals.TakeDownAsync(id, user.PersonId!, reason.Length == 0 ? null : reason, request.HttpContext.RequestAborted).ConfigureAwait(false) == EventDelivery.TakedownStarted
            ? Results.Redirect($"/berichten/{Uri.EscapeDataString(id)}")
            : await BackToDraftAsync(request, id, "Niet te verwijderen", "Dit bericht staat niet (meer) online of wordt al verwijderd.", StatusCodes.Status409Conflict).ConfigureAwait(false);
    });

    /// <summary>A form post about the author's own draft, with a valid anti-forgery field; otherwise a Dutch refusal.</summary>
    private Task<IResult> OwnDraftPostAsync(HttpRequest request, string id, Func<CurrentUser, DraftView, Task<IResult>> action) => staff.PageAsync(request, async user =>
    {
        if (RequestBody.DeclaresMoreThan(request, RequestBody.MaxFormBytes))
        {
            return await BackToDraftAsync(request, id, "Te groot", "Dit formulier is groter dan de pagina ooit verstuurt. Er is niets veranderd.", StatusCodes.Status413PayloadTooLarge).ConfigureAwait(false);
        }

        if (!request.HasFormContentType || !await antiforgery.IsRequestValidAsync(request.HttpContext).ConfigureAwait(false))
        {
            return await BackToDraftAsync(request, id, "Formulier verlopen", "Dit formulier is verlopen. Open het bericht opnieuw en probeer het nog eens.", StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        var view = await reader.ReadAsync(id, user.PersonId!, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return view is null ? await NotFoundAsync(request).ConfigureAwait(false) : await action(user, view).ConfigureAwait(false);
    });

    private Task<IResult> NotFoundAsync(HttpRequest request) => messages.ShowAsync(
        request,
        new Message("Bericht niet gevonden", "Dit bericht bestaat niet of is niet van jou.", MessageKind.Error, ShowNavigation: true),
        StatusCodes.Status404NotFound);

    private Task<IResult> BackToDraftAsync(HttpRequest request, string id, string title, string text, int statusCode) => messages.ShowAsync(
        request,
        new Message(title, text, MessageKind.Error, ShowNavigation: true, $"/berichten/{Uri.EscapeDataString(id)}", "Terug naar het bericht"),
        statusCode);
}
