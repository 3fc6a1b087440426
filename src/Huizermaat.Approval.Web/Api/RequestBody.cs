using System.Text;
using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Api;

/// <summary>Reads a JSON request body as text, refusing one larger than a limit before reading it all.</summary>
public static class RequestBody
{
    /// <summary>The largest JSON body we accept: a draft of the longest text with its media, with room to spare.</summary>
    public const int MaxJsonBytes = 512 * 1024;

    /// <returns>The body, or null when it is larger than <paramref name="limit"/>.</returns>
    public static async Task<string?> ReadTextAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
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

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
