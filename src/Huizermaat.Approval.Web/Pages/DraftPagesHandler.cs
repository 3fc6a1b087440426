using Azure.Data.Tables;
using Huizermaat.Approval.Web.Drafts;
using Huizermaat.Approval.Web.Identity;
using Huizermaat.Approval.Web.Rendering;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Events;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Pages;

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
    PageRenderer renderer)
{
    public const string ListRoute = "berichten";
    public const string ItemRoute = "berichten/{id}";
    public const string WithdrawRoute = "berichten/{id}/intrekken";

    private const int MaxListed = 100;

    public async Task<IResult> ListAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var access = await staff.RequireAsync(request, api: false).ConfigureAwait(false);
        if (access.Denied is not null)
        {
            return access.Denied;
        }

        var cancellationToken = request.HttpContext.RequestAborted;
        var filter = TableClient.CreateQueryFilter($"RowKey eq 'state' and AuthorId eq {access.User!.PersonId}");
        var drafts = new List<DraftState>();
        await foreach (var row in storage.Table(WorkflowStorage.DraftsTable).QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (await states.GetAsync(row.PartitionKey, cancellationToken).ConfigureAwait(false) is { } state)
            {
                drafts.Add(state);
            }
        }

        return await renderer.RenderAsync<MyDraftsPage>(new Dictionary<string, object?>
        {
            [nameof(MyDraftsPage.Drafts)] = drafts.OrderByDescending(d => d.UpdatedAt).Take(MaxListed).ToList(),
        }).ConfigureAwait(false);
    }

    public async Task<IResult> ShowAsync(HttpRequest request, string id)
    {
        ArgumentNullException.ThrowIfNull(request);
        var access = await staff.RequireAsync(request, api: false).ConfigureAwait(false);
        if (access.Denied is not null)
        {
            return access.Denied;
        }

        var view = await reader.ReadAsync(id, access.User!.PersonId!, request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (view is null)
        {
            return await NotFoundAsync().ConfigureAwait(false);
        }

        var tokens = antiforgery.GetAndStoreTokens(request.HttpContext);
        return await renderer.RenderAsync<DraftPage>(new Dictionary<string, object?>
        {
            [nameof(DraftPage.Model)] = view,
            [nameof(DraftPage.AntiforgeryField)] = tokens.FormFieldName,
            [nameof(DraftPage.AntiforgeryToken)] = tokens.RequestToken,
        }).ConfigureAwait(false);
    }

    public async Task<IResult> WithdrawAsync(HttpRequest request, string id)
    {
        ArgumentNullException.ThrowIfNull(request);
        var access = await staff.RequireAsync(request, api: false).ConfigureAwait(false);
        if (access.Denied is not null)
        {
            return access.Denied;
        }

        if (!request.HasFormContentType || !await antiforgery.IsRequestValidAsync(request.HttpContext).ConfigureAwait(false))
        {
            return await MessageAsync("Formulier verlopen", "Dit formulier is verlopen. Open het bericht opnieuw en probeer het nog eens.", StatusCodes.Status400BadRequest, id).ConfigureAwait(false);
        }

        var cancellationToken = request.HttpContext.RequestAborted;
        var view = await reader.ReadAsync(id, access.User!.PersonId!, cancellationToken).ConfigureAwait(false);
        if (view is null)
        {
            return await NotFoundAsync().ConfigureAwait(false);
        }

        if (!DutchNames.Withdrawable.Contains(view.State)
            || await approvals.WithdrawAsync(id, new WithdrawEvent($"withdraw-{id}", access.User.PersonId!), cancellationToken).ConfigureAwait(false) != EventDelivery.Delivered)
        {
            return await MessageAsync("Niet meer in te trekken", "Dit bericht kan niet meer worden ingetrokken.", StatusCodes.Status409Conflict, id).ConfigureAwait(false);
        }

        return Results.Redirect($"/berichten/{Uri.EscapeDataString(id)}");
    }

    private Task<IResult> NotFoundAsync() => renderer.RenderAsync<MessagePage>(
        new Dictionary<string, object?>
        {
            [nameof(MessagePage.Title)] = "Bericht niet gevonden",
            [nameof(MessagePage.Text)] = "Dit bericht bestaat niet of is niet van jou.",
            [nameof(MessagePage.Kind)] = "error",
            [nameof(MessagePage.ShowNavigation)] = true,
        },
        StatusCodes.Status404NotFound);

    private Task<IResult> MessageAsync(string title, string text, int statusCode, string id) => renderer.RenderAsync<MessagePage>(
        new Dictionary<string, object?>
        {
            [nameof(MessagePage.Title)] = title,
            [nameof(MessagePage.Text)] = text,
            [nameof(MessagePage.Kind)] = "error",
            [nameof(MessagePage.ShowNavigation)] = true,
            [nameof(MessagePage.LinkHref)] = $"/berichten/{Uri.EscapeDataString(id)}",
            [nameof(MessagePage.LinkText)] = "Terug naar het bericht",
        },
        statusCode);
}
