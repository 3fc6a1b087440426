using Huizermaat.Approval.Workflow;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Huizermaat.Approval.Web.Api;

/// <summary>
/// Keeps a page elsewhere from posting as a signed-in teacher (the sign-in is a cookie the browser sends along): the
/// state-changing API routes take only their own content type (JSON, or multipart for an upload), which a cross-site
/// form cannot send without a CORS preflight we never grant, and only from this site, by the browser's
/// <c>Sec-Fetch-Site</c> or, without it, its <c>Origin</c> (the app's public address or the request's own host). A
/// client that sends neither (a script, not a browser) carries no one's cookie.
/// </summary>
public sealed class SameOriginPolicy(IOptions<WorkflowOptions> workflow)
{
    /// <returns>Null when the request may go on, otherwise the refusal (415 or 403).</returns>
    public IResult? Refusal(HttpRequest request, string expectedMediaType)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(expectedMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return Results.Json(
                new ApiError($"Send the body as {expectedMediaType}.", "Het bericht kon niet worden verstuurd. Laad de pagina opnieuw en probeer het nog eens."),
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        return IsSameOrigin(request)
            ? null
            : ApiError.Forbidden("Cross-site requests are refused: post from the app's own pages.", "Dit verzoek kwam niet van een pagina van de app en is geweigerd.");
    }

    private bool IsSameOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site.Equals("same-origin", StringComparison.OrdinalIgnoreCase);
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        if (!Uri.TryCreate(origin, UriKind.Absolute, out var from))
        {
            return false;
        }

        var own = new Uri($"{request.Scheme}://{request.Host}");
        return SameOrigin(from, own) || SameOrigin(from, workflow.Value.PublicBaseUrl);
    }

    private static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;
}
