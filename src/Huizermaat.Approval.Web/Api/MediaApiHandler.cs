using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Faces;
using Huizermaat.Approval.Integrations.Media;
using Huizermaat.Approval.Integrations.Media.Faces;
using Huizermaat.Approval.Media;
using Huizermaat.Approval.Web.Idempotency;
using Huizermaat.Approval.Web.Identity;
using Huizermaat.Approval.Web.Links;
using Huizermaat.Approval.Web.Storage;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Huizermaat.Approval.Web.Api;

/// <summary>
/// <c>POST /api/media</c> (multipart, a part named <c>file</c>; what follows it is not read): streamed through the
/// media pipeline into the media store, answering <c>201 {"id","kind","faces"}</c> (the faces found in a photo; null for
/// video and audio, which are not analysed). <c>GET /api/media/{id}</c>: the same for its uploader.
/// <c>GET /api/media/{id}/thumbnail</c>: the JPEG thumbnail for its uploader (signed in). <c>GET /link/{token}/media/{id}</c>:
/// the thumbnail of an item the link's revision shows (the blurred copy where faces were blurred) for the holder of an
/// e-mail link (anonymous, like the link page, and rate-limited like it), a consent holder only of the media their
/// person is in; on a consent link, the faces the author assigned to the person asked about are framed.
/// </summary>
public sealed class MediaApiHandler(
    StaffAccess staff,
    MediaPipeline pipeline,
    IMediaStore store,
    MediaUploadStore uploads,
    LinkValidator links,
    IOptions<MediaPipelineOptions> options,
    TimeProvider time,
    RequestLimiter limiter,
    SameOriginPolicy sameOrigin,
    IdempotentRequests idempotency)
{
    public const string UploadRoute = "api/media";
    public const string ItemRoute = "api/media/{id}";
    public const string ThumbnailRoute = "api/media/{id}/thumbnail";
    public const string LinkThumbnailRoute = "link/{token}/media/{id}";

    /// <summary>Where a link page finds the thumbnail of one of its media items.</summary>
    public static string LinkThumbnailPath(string token, string mediaId) =>
        $"/link/{Uri.EscapeDataString(token)}/media/{Uri.EscapeDataString(mediaId)}";

    public async Task<IResult> UploadAsync(HttpRequest request)
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

        if (sameOrigin.Refusal(request, "multipart/form-data") is { } crossSite)
        {
            return crossSite;
        }

        var settings = options.Value;
        var limit = Math.Max(settings.MaxPhotoBytes, Math.Max(settings.MaxVideoBytes, settings.MaxAudioBytes)) + (64 * 1024);
        if (request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        var boundary = request.HasFormContentType && MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            ? HeaderUtilities.RemoveQuotes(contentType.Boundary).Value
            : null;
        if (string.IsNullOrEmpty(boundary))
        {
            return ApiError.BadRequest("Send the file as multipart/form-data with one part named \"file\".", "Het bestand kon niet worden gelezen.");
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        if (!IdempotentRequests.TryReadKey(request, out var key))
        {
            return IdempotentRequests.BadKey();
        }

        // The file part goes straight from the request into the pipeline, which refuses it as soon as it passes its
        // kind's limit: nothing is buffered whole first, in memory or on disk. Its fingerprint (for the key) is the
        // hash of the file's name and bytes as they pass: a browser's retry of the same file has another boundary.
        var cancellationToken = request.HttpContext.RequestAborted;
        var uploaderId = access.User!.PersonId!;
        var claim = key is null ? null : await idempotency.ClaimAsync(uploaderId, key, fingerprint: null, () => Task.FromResult<(string?, int?)>((null, null)), cancellationToken).ConfigureAwait(false);
        switch (claim)
        {
            case IdempotencyClaim.InFlight:
                return IdempotentRequests.InFlightAnswer(request.HttpContext.Response);
            case IdempotencyClaim.Replay(var done):
                var repeat = await ReadFileAsync(request, boundary, limit, section => HashAsync(section, cancellationToken)).ConfigureAwait(false);
                return repeat.Error ?? (repeat.Value == done.Fingerprint
                    ? Uploaded(await store.GetInfoAsync(done.ResourceId!, cancellationToken).ConfigureAwait(false))
                    : IdempotentRequests.MismatchAnswer());
        }

        var owned = (claim as IdempotencyClaim.Owned)?.Record;
        try
        {
            // Once claimed, the upload is finished even if the caller goes away: its repeat will want the answer.
            var work = owned is null ? cancellationToken : CancellationToken.None;
            var read = await ReadFileAsync(request, boundary, limit, section => IngestAsync(section, work)).ConfigureAwait(false);
            if (read.Error is not null)
            {
                await (owned is null ? Task.CompletedTask : idempotency.ReleaseAsync(owned)).ConfigureAwait(false);
                return read.Error;
            }

            var (media, fileName, fingerprint) = read.Value;
            var kind = media.Kind.ToString().ToLowerInvariant();
            await uploads.RecordAsync(media.MediaId, uploaderId, fileName.Length > 200 ? fileName[..200] : fileName, time.GetUtcNow(), work).ConfigureAwait(false);
            await (owned is null ? Task.CompletedTask : idempotency.CompleteAsync(owned with { Fingerprint = fingerprint, ResourceId = media.MediaId, Detail = kind })).ConfigureAwait(false);
            return Uploaded(media);
        }
        catch when (owned is not null)
        {
            await idempotency.AbandonAsync(owned).ConfigureAwait(false);
            throw;
        }
    }

    private static IResult Uploaded(StoredMedia media) =>
        Results.Json(UploadedMedia.From(media), statusCode: StatusCodes.Status201Created);

    /// <summary>Finds the part named <c>file</c> and hands it to <paramref name="read"/>; a malformed body is a clear error.</summary>
    private static async Task<(IResult? Error, T? Value)> ReadFileAsync<T>(HttpRequest request, string boundary, long limit, Func<FileMultipartSection, Task<T>> read)
    {
        var reader = new MultipartReader(boundary, request.Body);
        try
        {
            var section = await NextFileAsync(reader, request.HttpContext.RequestAborted).ConfigureAwait(false);
            if (section is null || section.Name != "file")
            {
                return (ApiError.BadRequest("Send the file in a part named \"file\".", "Kies een bestand om te uploaden."), default);
            }

            return (null, await read(section).ConfigureAwait(false));
        }
        catch (MediaRejectedException e)
        {
            return (e.Reason is MediaRejection.TooLarge
                ? ApiError.TooLarge(e.Message, e.DutchMessage)
                : ApiError.BadRequest(e.Message, e.DutchMessage), default);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (TooLarge(limit), default);
        }
        catch (Exception e) when (e is InvalidDataException || (e is IOException && e.Source == typeof(MultipartReader).Assembly.GetName().Name))
        {
            // A malformed part header, or the body ends before the closing boundary ("Unexpected end of Stream").
            return (ApiError.BadRequest("The multipart body is malformed or incomplete.", "Het bestand kon niet worden gelezen."), default);
        }
    }

    private async Task<(StoredMedia Media, string FileName, string Fingerprint)> IngestAsync(FileMultipartSection section, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(section.FileName);
        using var hashing = new HashingReadStream(section.Section.Body);
        var media = await pipeline.IngestAsync(hashing, cancellationToken).ConfigureAwait(false);
        return (media, fileName, Fingerprint(fileName, await hashing.FinishAsync(cancellationToken).ConfigureAwait(false)));
    }

    /// <summary>The fingerprint of a repeated upload, whose file is read but not stored again.</summary>
    private static async Task<string> HashAsync(FileMultipartSection section, CancellationToken cancellationToken)
    {
        using var hashing = new HashingReadStream(section.Section.Body);
        return Fingerprint(Path.GetFileName(section.FileName), await hashing.FinishAsync(cancellationToken).ConfigureAwait(false));
    }

    private static string Fingerprint(string fileName, string contentHash) => IdempotentRequests.Fingerprint(UploadRoute + "/" + fileName, contentHash);

    /// <summary><c>GET /api/media/{id}</c>: an item's kind and faces, for its uploader.</summary>
    public async Task<IResult> GetAsync(HttpRequest request, string id)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cancellationToken = request.HttpContext.RequestAborted;
        var access = id.Length is 0 or > 64 ? null : await staff.RequireAsync(request, api: true).ConfigureAwait(false);
        if (access?.Denied is { } denied)
        {
            return denied;
        }

        if (access?.User?.PersonId is not { } personId || await uploads.FindUploaderAsync(id, cancellationToken).ConfigureAwait(false) != personId)
        {
            return NotFound();
        }

        try
        {
            return Results.Ok(UploadedMedia.From(await store.GetInfoAsync(id, cancellationToken).ConfigureAwait(false)));
        }
        catch (MediaNotFoundException)
        {
            return NotFound();
        }
    }

    public async Task<IResult> ThumbnailAsync(HttpRequest request, string id)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cancellationToken = request.HttpContext.RequestAborted;
        var user = id.Length is 0 or > 64 ? null : await staff.RequireAsync(request, api: true).ConfigureAwait(false);
        var mine = user?.User?.PersonId is { } personId
            && await uploads.FindUploaderAsync(id, cancellationToken).ConfigureAwait(false) == personId;
        return mine ? await ThumbnailOrNotFoundAsync(request, id).ConfigureAwait(false) : NotFound();
    }

    public async Task<IResult> LinkThumbnailAsync(HttpRequest request, string token, string id)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!limiter.AllowLink(request))
        {
            return ApiError.TooManyRequests();
        }

        if (id.Length is 0 or > 64 || token.Length is 0 or > 128)
        {
            return NotFound();
        }

        var check = await links.ValidateAsync(token, request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (!MayShow(check, id))
        {
            return NotFound();
        }

        // A consent link shows the holder whose face it is about, where the author said so.
        var submission = check.Submission!;
        var index = submission.MediaIds.ToList().IndexOf(id);
        var personId = StepIds.ConsentPersonId(check.Link!.StepId);
        var faces = personId is null || index >= submission.Draft.Media.Count
            ? []
            : (submission.Draft.Media[index].Faces ?? []).Where(f => f.Resolution == FaceResolution.Person && f.PersonId == personId).Select(f => f.Box).ToList();
        return await ThumbnailOrNotFoundAsync(request, id, faces).ConfigureAwait(false);
    }

    /// <summary>
    /// A link shows a photo only while it is good for something (its step open, or a consent given that can still be
    /// withdrawn), only of its own revision, and to a consent holder only the photos their person is in.
    /// </summary>
    private static bool MayShow(LinkCheck check, string mediaId)
    {
        if (check.Outcome is not (LinkOutcome.Decide or LinkOutcome.WithdrawConsent) || check is not { Link: { } link, Submission: { } submission })
        {
            return false;
        }

        var index = submission.MediaIds.ToList().IndexOf(mediaId);
        if (index < 0)
        {
            return false;
        }

        return StepIds.ConsentPersonId(link.StepId) is not { } personId
            || (index < submission.Draft.Media.Count && submission.Draft.Media[index].People.Contains(personId, StringComparer.Ordinal));
    }

    private async Task<IResult> ThumbnailOrNotFoundAsync(HttpRequest request, string id, IReadOnlyList<FaceBox>? marked = null)
    {
        Stream? thumbnail;
        try
        {
            thumbnail = await store.OpenThumbnailAsync(id, request.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (MediaNotFoundException)
        {
            return NotFound();
        }

        if (thumbnail is null)
        {
            return NotFound();
        }

        request.HttpContext.Response.Headers["Referrer-Policy"] = "no-referrer";
        request.HttpContext.Response.Headers.XContentTypeOptions = "nosniff";
        request.HttpContext.Response.Headers.CacheControl = "private, max-age=300";
        if (marked is not { Count: > 0 })
        {
            return Results.Stream(thumbnail, "image/jpeg");
        }

        await using (thumbnail.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            await thumbnail.CopyToAsync(buffer, request.HttpContext.RequestAborted).ConfigureAwait(false);
            return Results.Bytes(FaceMarker.Mark(buffer.ToArray(), marked), "image/jpeg");
        }
    }

    private static IResult NotFound() => ApiError.NotFound("No such media item, or not yours to see.");

    /// <summary>The next part of the body that is a file, skipping form fields.</summary>
    private static async Task<FileMultipartSection?> NextFileAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
        {
            if (section.AsFileSection() is { } file)
            {
                return file;
            }
        }

        return null;
    }

    private static IResult TooLarge(long limit) => ApiError.TooLarge(
        $"The upload is larger than {limit / (1024 * 1024)} MB.",
        $"Het bestand is te groot: hoogstens {limit / (1024 * 1024)} MB.");
}

/// <summary>The body of <c>201</c> from <c>POST /api/media</c> and of <c>GET /api/media/{id}</c>.</summary>
/// <param name="Faces">The faces found in a photo, in reading order (the form numbers them so); null when not analysed (video, audio).</param>
public sealed record UploadedMedia(string Id, string Kind, IReadOnlyList<FaceView>? Faces)
{
    public static UploadedMedia From(StoredMedia media)
    {
        ArgumentNullException.ThrowIfNull(media);
        return new(media.MediaId, media.Kind.ToString().ToLowerInvariant(), media.Faces?.Select(FaceView.From).ToList());
    }
}
