using Azure.Data.Tables;
using Huizermaat.Approval.Web.Identity;
using Huizermaat.Approval.Web.Rendering;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Events;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Drafts;

/// <summary>
/// <c>GET /berichten</c> (Mijn berichten), <c>GET /berichten/{id}</c> (one draft's status) and
/// <c>POST /berichten/{id}/intrekken</c> (withdraw it): the signed-in author's own drafts only.
/// </summary>
public sealed class DraftPagesHandler(
    StaffAccess staff,
    DraftReader reader,
    DraftStateStore states,
    WorkflowStorage storage,
    ApprovalClient approvals,
    IAntiforgery antiforgery,
    PageRenderer renderer,
    MessagePages messages)
{
    public const string ListRoute = "berichten";
    public const string ItemRoute = "berichten/{id}";
    public const string WithdrawRoute = "berichten/{id}/intrekken";

    private const int MaxListed = 100;

    public Task<IResult> ListAsync(HttpRequest request) => staff.PageAsync(request, async user =>
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        var filter = TableClient.CreateQueryFilter($"RowKey eq 'state' and AuthorId eq {user.PersonId}");
        var drafts = new List<DraftState>();
        await foreach (var row in storage.Table(WorkflowStorage.DraftsTable).QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (await states.GetAsync(row.PartitionKey, cancellationToken).ConfigureAwait(false) is { } state)
            {
                drafts.Add(state);
            }
        }

        var model = new MyDraftsModel([.. drafts.OrderByDescending(d => d.UpdatedAt).Take(MaxListed)]);
        return await renderer.RenderAsync<MyDraftsPage, MyDraftsModel>(request, model).ConfigureAwait(false);
    });

    public Task<IResult> ShowAsync(HttpRequest request, string id) => staff.PageAsync(request, async user =>
    {
        var view = await reader.ReadAsync(id, user.PersonId!, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return view is null
            ? await NotFoundAsync(request).ConfigureAwait(false)
            : await renderer.RenderAsync<DraftPage, DraftPageModel>(request, new DraftPageModel(view, FormToken.Issue(antiforgery, request))).ConfigureAwait(false);
    });

    public Task<IResult> WithdrawAsync(HttpRequest request, string id) => staff.PageAsync(request, async user =>
    {
        if (!request.HasFormContentType || !await antiforgery.IsRequestValidAsync(request.HttpContext).ConfigureAwait(false))
        {
            return await BackToDraftAsync(request, id, "Formulier verlopen", "Dit formulier is verlopen. Open het bericht opnieuw en probeer het nog eens.", StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        var cancellationToken = request.HttpContext.RequestAborted;
        var view = await reader.ReadAsync(id, user.PersonId!, cancellationToken).ConfigureAwait(false);
        if (view is null)
        {
            return await NotFoundAsync(request).ConfigureAwait(false);
        }

        if (!DutchNames.Withdrawable.Contains(view.State)
            || await approvals.WithdrawAsync(id, new WithdrawEvent($"withdraw-{id}", user.PersonId!), cancellationToken).ConfigureAwait(false) != EventDelivery.Delivered)
        {
            return await BackToDraftAsync(request, id, "Niet meer in te trekken", "Dit bericht kan niet meer worden ingetrokken.", StatusCodes.Status409Conflict).ConfigureAwait(false);
        }

        return Results.Redirect($"/berichten/{Uri.EscapeDataString(id)}");
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
