using Azure.Data.Tables;
using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Media;
using Huizermaat.Approval.Web.Api;
using Huizermaat.Approval.Web.Identity;
using Huizermaat.Approval.Web.Links;
using Huizermaat.Approval.Web.Rendering;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Events;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Reviews;

/// <summary>
/// Te beoordelen, for a signed-in manager (or deputy): <c>GET /beoordelen</c> lists every draft waiting for their
/// approval, oldest first, each with the post, its media, the check's findings and a decision form;
/// <c>POST /beoordelen/{id}</c> records the decision, the same single decision the e-mail link gives (whichever comes
/// first counts, the other then reads as used); <c>GET /beoordelen/{id}/media/{mediaId}</c> is a photo's thumbnail for
/// the approver.
/// </summary>
public sealed class ReviewsHandler(
    StaffAccess staff,
    WorkflowStorage storage,
    ApprovalStore approvals,
    DraftStateStore states,
    SubmissionStore submissions,
    PostReviewReader reviews,
    LinkUseStore uses,
    ApprovalClient client,
    IMediaStore media,
    IAntiforgery antiforgery,
    PageRenderer renderer,
    MessagePages messages,
    TimeProvider time)
{
    public const string ListRoute = "beoordelen";
    public const string DecideRoute = "beoordelen/{id}";
    public const string ThumbnailRoute = "beoordelen/{id}/media/{mediaId}";

    private const int MaxCommentLength = 2000;

    public Task<IResult> ListAsync(HttpRequest request) => staff.PageAsync(request, async user =>
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        var waiting = new List<ReviewItem>();
        foreach (var (record, submission, state) in await PendingAsync(user.PersonId!, cancellationToken).ConfigureAwait(false))
        {
            var post = await reviews.ReadAsync(submission, state, forPersonId: null, id => ThumbnailPath(record.DraftId, id), cancellationToken).ConfigureAwait(false);
            waiting.Add(new ReviewItem(post, record.RequestedAt, record.ExpiresAt));
        }

        var done = request.Query["gedaan"].ToString() switch
        {
            "goedgekeurd" => "Je hebt het bericht goedgekeurd. De auteur krijgt bericht.",
            "afgekeurd" => "Je hebt het bericht afgekeurd. De auteur krijgt je opmerking te zien.",
            _ => null,
        };
        return await renderer.RenderAsync<ReviewsPage, ReviewsModel>(request, new ReviewsModel(waiting, done, FormToken.Issue(antiforgery, request))).ConfigureAwait(false);
    });

    public Task<IResult> DecideAsync(HttpRequest request, string id) => staff.PageAsync(request, async user =>
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        if (RequestBody.DeclaresMoreThan(request, RequestBody.MaxFormBytes))
        {
            return await BackAsync(request, "Te groot", "Dit formulier is groter dan de pagina ooit verstuurt. Er is niets veranderd.", MessageKind.Error, StatusCodes.Status413PayloadTooLarge).ConfigureAwait(false);
        }

        if (!request.HasFormContentType || !await antiforgery.IsRequestValidAsync(request.HttpContext).ConfigureAwait(false))
        {
            return await BackAsync(request, "Formulier verlopen", "Dit formulier is verlopen. Open Te beoordelen opnieuw en kies nog eens.", MessageKind.Error, StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var decision = form["decision"].ToString();
        var comment = form["comment"].ToString().Trim();
        if (decision is not ("approve" or "reject"))
        {
            return await BackAsync(request, "Onbekende keuze", "Kies Goedkeuren of Afkeuren.", MessageKind.Error, StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        if (comment.Length > MaxCommentLength)
        {
            return await BackAsync(request, "Opmerking te lang", $"Je opmerking mag hoogstens {MaxCommentLength} tekens lang zijn.", MessageKind.Error, StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        var pending = id.Length is 0 or > 64 ? null : await PendingRecordAsync(id, user.PersonId!, cancellationToken).ConfigureAwait(false);
        if (pending is not { } record)
        {
            return await BackAsync(request, "Niet meer nodig", "Over dit bericht hoef je niet (meer) te beslissen. Er is niets veranderd.", MessageKind.Info, StatusCodes.Status409Conflict).ConfigureAwait(false);
        }

        var step = LinkUseStore.StepKey(record.DraftId, record.Revision, record.StepId, record.HolderId);
        if (!await uses.TryUseAsync(step, LinkUseStore.Decision, decision, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            return await BackAsync(request, "Al beantwoord", "Over dit bericht heb je al beslist (hier of via de link in je e-mail). Er is niets veranderd.", MessageKind.Info, StatusCodes.Status409Conflict).ConfigureAwait(false);
        }

        var approved = decision == "approve";
        var delivery = await client.DecideAsync(
            record.DraftId,
            new DecisionEvent("review|" + step, record.StepId, record.HolderId, approved, record.ContentHash, comment.Length == 0 ? null : comment),
            cancellationToken).ConfigureAwait(false);
        return delivery == EventDelivery.Delivered
            ? Results.Redirect("/beoordelen?gedaan=" + (approved ? "goedgekeurd" : "afgekeurd"))
            : await BackAsync(request, "Niet meer nodig", "Over dit bericht hoeft niet meer beslist te worden. Er is niets veranderd.", MessageKind.Info, StatusCodes.Status409Conflict).ConfigureAwait(false);
    });

    public Task<IResult> ThumbnailAsync(HttpRequest request, string id, string mediaId) => staff.ApiAsync(request, async user =>
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        if (id.Length is 0 or > 64 || mediaId.Length is 0 or > 64
            || await states.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { ContentDeletedAt: null } state
            || await approvals.GetAsync(id, StepIds.Manager, user.PersonId!, cancellationToken).ConfigureAwait(false) is not { } record
            || record.Revision != state.Revision
            || !(await submissions.GetAsync(id, state.Revision, cancellationToken).ConfigureAwait(false)).MediaIds.Contains(mediaId, StringComparer.Ordinal))
        {
            return ApiError.NotFound("No such media item, or not yours to see.");
        }

        Stream? thumbnail;
        try
        {
            thumbnail = await media.OpenThumbnailAsync(mediaId, cancellationToken).ConfigureAwait(false);
        }
        catch (MediaNotFoundException)
        {
            thumbnail = null;
        }

        if (thumbnail is null)
        {
            return ApiError.NotFound("No such media item, or not yours to see.");
        }

        SecurityHeaders.Apply(request.HttpContext.Response);
        request.HttpContext.Response.Headers.CacheControl = "private, max-age=300";
        return Results.Stream(thumbnail, "image/jpeg");
    });

    public static string ThumbnailPath(string draftId, string mediaId) =>
        $"/beoordelen/{Uri.EscapeDataString(draftId)}/media/{Uri.EscapeDataString(mediaId)}";

    /// <summary>The manager steps this approver still has to answer, of drafts waiting for approval, oldest request first.</summary>
    private async Task<IReadOnlyList<(ApprovalRecord Record, Submission Submission, DraftState State)>> PendingAsync(string holderId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"StepId eq {StepIds.Manager} and HolderId eq {holderId} and State eq {ApprovalRecordStates.Requested}");
        var found = new List<(ApprovalRecord, Submission, DraftState)>();
        await foreach (var row in storage.Table(WorkflowStorage.ApprovalsTable).QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (await PendingRecordAsync(row.PartitionKey, holderId, cancellationToken).ConfigureAwait(false) is { } record)
            {
                var state = (await states.GetAsync(record.DraftId, cancellationToken).ConfigureAwait(false))!;
                found.Add((record, await submissions.GetAsync(record.DraftId, record.Revision, cancellationToken).ConfigureAwait(false), state));
            }
        }

        return [.. found.OrderBy(f => f.Item1.RequestedAt)];
    }

    /// <summary>The approver's unanswered manager request for the draft's current revision, while the draft waits for it.</summary>
    private async Task<ApprovalRecord?> PendingRecordAsync(string draftId, string holderId, CancellationToken cancellationToken)
    {
        var record = await approvals.GetAsync(draftId, StepIds.Manager, holderId, cancellationToken).ConfigureAwait(false);
        var state = record is null ? null : await states.GetAsync(draftId, cancellationToken).ConfigureAwait(false);
        return record is { State: ApprovalRecordStates.Requested } && state is { Stage: ApprovalStages.AwaitingApprovals }
            && state.Revision == record.Revision && time.GetUtcNow() < record.ExpiresAt
            ? record
            : null;
    }

    private Task<IResult> BackAsync(HttpRequest request, string title, string text, MessageKind kind, int statusCode) =>
        messages.ShowAsync(request, new Message(title, text, kind, ShowNavigation: true, "/" + ListRoute, "Terug naar Te beoordelen"), statusCode);
}
