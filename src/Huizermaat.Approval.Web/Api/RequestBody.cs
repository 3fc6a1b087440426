using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Huizermaat.Approval.Web.Api;

/// <summary>Reads a JSON request body as text, refusing one larger than a limit before reading it all.</summary>
public static class RequestBody
{
    /// <summary>The largest JSON body we accept: a draft of the longest text with its media, with room to spare.</summary>
    public const int MaxJsonBytes = 512 * 1024;

    /// <summary>The largest form a link page posts: the decision and a comment of at most 2,000 characters.</summary>
    public const int MaxFormBytes = 16 * 1024;

    /// <summary>
    /// For a form the framework reads: true when the declared length is over <paramref name="limit"/>; otherwise the
    /// server is told to stop reading at the limit, so a body sent in chunks cannot run past it either (the Functions
    /// host lets bodies up to 201 MB through on every route, for video uploads).
    /// </summary>
    public static bool DeclaresMoreThan(HttpRequest request, long limit)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > limit)
        {
            return true;
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        return false;
    }

    /// <returns>The body, or null when it is larger than <paramref name="limit"/>.</returns>
    public static async Task<string?> ReadTextAsync(HttpRequest request, int limit, CancellationToken cancellationToken) =>
        await ReadBytesAsync(request, limit, cancellationToken).ConfigureAwait(false) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    /// <returns>The body's bytes exactly as sent (a signature covers them), or null when it is larger than <paramref name="limit"/>.</returns>
    public static async Task<byte[]?> ReadBytesAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
