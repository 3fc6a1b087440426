using Huizermaat.Approval.Checks;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Faces;
using Huizermaat.Approval.Integrations.Media.Faces;
using Huizermaat.Approval.Media;
using Huizermaat.Approval.Publishing;
using Huizermaat.Approval.Web.Api;
using Huizermaat.Approval.Web.Identity;
using Huizermaat.Approval.Web.Storage;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Huizermaat.Approval.Web.Drafts;

/// <summary>
/// <c>POST /api/drafts</c>: stores a draft's first revision and starts its approval instance, answering
/// <c>202 {"id","state","findings"}</c> (state <c>needs-changes</c> when a finding blocks, else <c>checking</c>). A photo's
/// faces are the ones stored with the upload, with the author's choices from the draft; a photo with faces to blur is
/// submitted as its blurred copy (what approvers, parents and the networks see), the upload kept beside it.
/// <c>GET /api/drafts/{id}</c>: the author's own draft; anyone else's is 404.
/// </summary>
public sealed class DraftsApiHandler(
    StaffAccess staff,
    ProtocolChecker checker,
    IMediaStore media,
    MediaUploadStore uploads,
    BlurredCopies copies,
    ApprovalClient approvals,
    DraftReader reader,
    SubmissionStore submissions,
    IEnumerable<IPublisher> publishers,
    IHostEnvironment environment,
    RequestLimiter limiter,
    SameOriginPolicy sameOrigin,
    TimeProvider time)
{
    public const string Route = "api/drafts";
    public const string ItemRoute = "api/drafts/{id}";
    public const string RevisionsRoute = "api/drafts/{id}/revisions";

    private const int MaxRevisions = ApprovalWorkflow.MaxRevisions;

    public Task<IResult> SubmitAsync(HttpRequest request) => AcceptAsync(request, draftId: null);

    /// <summary>
    /// <c>POST /api/drafts/{id}/revisions</c> (the same body): a new revision of the author's own draft while it is
    /// still open; the checks run again and every approval given before is void.
    /// </summary>
    public Task<IResult> ReviseAsync(HttpRequest request, string id) => AcceptAsync(request, id);

    private async Task<IResult> AcceptAsync(HttpRequest request, string? draftId)
    {
        ArgumentNullException.ThrowIfNull(request);
        var access = await staff.RequireAsync(request, api: true).ConfigureAwait(false);
        if (access.Denied is not null)
        {
            return access.Denied;
        }

        if (!limiter.AllowSubmission(request))
        {
            return ApiError.TooManyRequests();
        }

        if (sameOrigin.Refusal(request, "application/json") is { } crossSite)
        {
            return crossSite;
        }

        var cancellationToken = request.HttpContext.RequestAborted;
        var authorId = access.User!.PersonId!;
        if (draftId is not null && await reader.ReadAsync(draftId, authorId, cancellationToken).ConfigureAwait(false) is null)
        {
            return ApiError.NotFound("No draft of yours with this id.", "Dit bericht bestaat niet of is niet van jou.");
        }

        var body = await RequestBody.ReadTextAsync(request, RequestBody.MaxJsonBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return ApiError.TooLarge($"The request body is larger than {RequestBody.MaxJsonBytes:N0} bytes.", "Het bericht is te groot om te versturen.");
        }

        DraftRequest draftRequest;
        try
        {
            draftRequest = DraftRequest.Parse(body);
        }
        catch (DraftFormatException e)
        {
            return ApiError.BadRequest($"Not a valid draft: {e.Message}.", "Het bericht kon niet worden gelezen. Laad de pagina opnieuw en probeer het nog eens.");
        }

        var items = new List<MediaItem>();
        var uploaded = new List<StoredMedia>();
        for (var i = 0; i < draftRequest.MediaIds.Count; i++)
        {
            var id = draftRequest.MediaIds[i];
            if (await uploads.FindUploaderAsync(id, cancellationToken).ConfigureAwait(false) != authorId)
            {
                return ApiError.BadRequest($"mediaIds[{i}] is not a media item you uploaded.", "Een van de bestanden is niet (meer) gevonden. Upload het opnieuw.");
            }

            StoredMedia stored;
            try
            {
                stored = await media.GetInfoAsync(id, cancellationToken).ConfigureAwait(false);
            }
            catch (MediaNotFoundException)
            {
                return ApiError.BadRequest($"mediaIds[{i}] names no stored media item.", "Een van de bestanden is niet (meer) gevonden. Upload het opnieuw.");
            }

            try
            {
                items.Add(draftRequest.Draft.Media[i] with { Kind = stored.Kind, Faces = FaceChoices.Apply(stored.Faces, draftRequest.Draft.Media[i].Faces, $"media[{i}]") });
            }
            catch (DraftFormatException e)
            {
                return ApiError.BadRequest($"Not a valid draft: {e.Message}.", "De gezichten op een foto kloppen niet met de upload. Laad de pagina opnieuw en probeer het nog eens.");
            }

            uploaded.Add(stored);
        }

        var draft = draftRequest.Draft with { Media = items };
        if (draftRequest.PublishAt is { } publishAt && publishAt < DateTimeOffset.UtcNow.AddMinutes(-1))
        {
            return ApiError.BadRequest("\"publishAt\" lies in the past.", "Het publicatiemoment ligt in het verleden. Kies een later moment of laat het leeg.");
        }

        if (!environment.IsDevelopment())
        {
            var configured = publishers.Select(p => p.Channel).ToHashSet();
            var missing = draft.Channels.Where(c => !configured.Contains(c)).ToList();
            if (missing.Count > 0)
            {
                var names = string.Join(", ", missing.Select(c => ChannelRules.All.TryGetValue(c, out var r) ? r.DisplayName : c.ToName()));
                return ApiError.BadRequest(
                    $"These networks are not configured on this server: {string.Join(", ", missing.Select(c => c.ToName()))}.",
                    $"Op deze server kan (nog) niet worden gepubliceerd op: {names}. Kies een ander kanaal of vraag het communicatieteam.");
            }
        }

        var findings = checker.Check(draft);
        var state = findings.Any(Contests.Blocks) ? ApprovalStages.NeedsChanges : ApprovalStages.Checking;
        var shown = await ShownAsync(uploaded, items, authorId, cancellationToken).ConfigureAwait(false);
        var originals = shown.SequenceEqual(draftRequest.MediaIds, StringComparer.Ordinal) ? null : draftRequest.MediaIds;
        if (draftId is null)
        {
            draftId = Guid.NewGuid().ToString("N");
            await approvals.SubmitAsync(
                new Submission(draftId, 1, authorId, draft, shown, draftRequest.PublishAt, draftRequest.AskManagerAdvice, originals),
                cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var revision = await NextRevisionAsync(draftId, cancellationToken).ConfigureAwait(false);
            var delivery = revision > MaxRevisions
                ? EventDelivery.InstanceFinished
                : await approvals.ReviseAsync(
                    new Submission(draftId, revision, authorId, draft, shown, draftRequest.PublishAt, draftRequest.AskManagerAdvice, originals),
                    $"revise-{draftId}-{revision}",
                    cancellationToken).ConfigureAwait(false);
            if (delivery != EventDelivery.Delivered)
            {
                return ApiError.Conflict("The draft has ended; it cannot be revised.", "Dit bericht is afgerond en kan niet meer worden aangepast. Schrijf een nieuw bericht.");
            }
        }

        return Results.Json(new SubmittedDraft(draftId, state, [.. findings.Select(FindingView.From)]), statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary>
    /// The media ids to submit: each upload, or its blurred copy where faces are to be blurred. A copy is recorded as
    /// the author's, so that they see it and the uploads' retention deletes it when no kept draft uses it.
    /// </summary>
    private async Task<IReadOnlyList<string>> ShownAsync(IReadOnlyList<StoredMedia> uploaded, IReadOnlyList<MediaItem> items, string authorId, CancellationToken cancellationToken)
    {
        var shown = new List<string>();
        for (var i = 0; i < uploaded.Count; i++)
        {
            var id = items[i].Faces is { } faces ? await copies.EnsureAsync(uploaded[i], faces, cancellationToken).ConfigureAwait(false) : uploaded[i].MediaId;
            if (id != uploaded[i].MediaId && await uploads.FindUploaderAsync(id, cancellationToken).ConfigureAwait(false) is null)
            {
                await uploads.RecordAsync(id, authorId, items[i].FileName.Length > 200 ? items[i].FileName[..200] : items[i].FileName, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            }

            shown.Add(id);
        }

        return shown;
    }

    /// <summary>The first revision number not stored yet.</summary>
    private async Task<int> NextRevisionAsync(string draftId, CancellationToken cancellationToken)
    {
        for (var revision = 2; revision <= MaxRevisions; revision++)
        {
            try
            {
                await submissions.GetAsync(draftId, revision, cancellationToken).ConfigureAwait(false);
            }
            catch (KeyNotFoundException)
            {
                return revision;
            }
        }

        return MaxRevisions + 1;
    }

    public async Task<IResult> GetAsync(HttpRequest request, string id)
    {
        ArgumentNullException.ThrowIfNull(request);
        var access = await staff.RequireAsync(request, api: true).ConfigureAwait(false);
        if (access.Denied is not null)
        {
            return access.Denied;
        }

        var view = await reader.ReadAsync(id, access.User!.PersonId!, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return view is null ? ApiError.NotFound("No draft of yours with this id.", "Dit bericht bestaat niet of is niet van jou.") : Results.Ok(view);
    }
}

/// <summary>The body of <c>202</c> from <c>POST /api/drafts</c>.</summary>
public sealed record SubmittedDraft(string Id, string State, IReadOnlyList<FindingView> Findings);
