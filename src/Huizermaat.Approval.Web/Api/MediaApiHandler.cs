using Huizermaat.Approval.Integrations.Media;
using Huizermaat.Approval.Media;
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
/// media pipeline into the media store, answering <c>201 {"id","kind"}</c>. <c>GET /api/media/{id}/thumbnail</c>:
/// the JPEG thumbnail for its uploader (signed in). <c>GET /link/{token}/media/{id}</c>: the same thumbnail for the
/// holder of an e-mail link whose revision uses it, a consent holder only of the media their person is in (anonymous,
/// like the link page, and rate-limited like it).
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
    SameOriginPolicy sameOrigin)
{
    public const string UploadRoute = "api/media";
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

        // The file part goes straight from the request into the pipeline, which refuses it as soon as it passes its
        // kind's limit: nothing is buffered whole first, in memory or on disk.
        var cancellationToken = request.HttpContext.RequestAborted;
        var reader = new MultipartReader(boundary, request.Body);
        StoredMedia media;
        string fileName;
        try
        {
            var section = await NextFileAsync(reader, cancellationToken).ConfigureAwait(false);
            if (section is null || section.Name != "file")
            {
                return ApiError.BadRequest("Send the file in a part named \"file\".", "Kies een bestand om te uploaden.");
            }

            fileName = Path.GetFileName(section.FileName);
            media = await pipeline.IngestAsync(section.Section.Body, cancellationToken).ConfigureAwait(false);
        }
        catch (MediaRejectedException e)
        {
            return e.Reason is MediaRejection.TooLarge
                ? ApiError.TooLarge(e.Message, e.DutchMessage)
                : ApiError.BadRequest(e.Message, e.DutchMessage);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limit);
        }
        catch (Exception e) when (e is InvalidDataException || (e is IOException && e.Source == typeof(MultipartReader).Assembly.GetName().Name))
        {
            // A malformed part header, or the body ends before the closing boundary ("Unexpected end of Stream").
            return ApiError.BadRequest("The multipart body is malformed or incomplete.", "Het bestand kon niet worden gelezen.");
        }

        await uploads.RecordAsync(media.MediaId, access.User!.PersonId!, fileName.Length > 200 ? fileName[..200] : fileName, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return Results.Json(new UploadedMedia(media.MediaId, media.Kind.ToString().ToLowerInvariant()), statusCode: StatusCodes.Status201Created);
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
        return MayShow(check, id) ? await ThumbnailOrNotFoundAsync(request, id).ConfigureAwait(false) : NotFound();
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

    private async Task<IResult> ThumbnailOrNotFoundAsync(HttpRequest request, string id)
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
        return Results.Stream(thumbnail, "image/jpeg");
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

/// <summary>The body of <c>201</c> from <c>POST /api/media</c>.</summary>
public sealed record UploadedMedia(string Id, string Kind);
