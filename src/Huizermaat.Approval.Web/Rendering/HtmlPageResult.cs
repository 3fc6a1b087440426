using System.Text;
using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Rendering;

/// <summary>
/// A server-rendered page with the headers every page carries: a strict Content-Security-Policy (no inline
/// script or style), no Referer (approval links carry tokens), no framing, no caching of personal pages.
/// </summary>
public sealed class HtmlPageResult(string html, int statusCode = StatusCodes.Status200OK) : IResult
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; style-src 'self'; script-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public string Html { get; } = html;

    public int StatusCode { get; } = statusCode;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = "text/html; charset=utf-8";
        SecurityHeaders.Apply(response);
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        await response.WriteAsync(Html, Encoding.UTF8, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
