using System.Net;
using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web;

/// <summary>
/// The address of the client a request came from, for rate limits. The Functions host proxies every request to the
/// worker over loopback, after App Service's front end appended the client's address to <c>X-Forwarded-For</c>: only
/// from loopback, the trusted front end, is that header believed, and then only its last entry (the one the front end
/// wrote; a client can put anything before it). From anywhere else the connection's own address counts.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var remote = request.HttpContext.Connection.RemoteIpAddress;
        if (remote is not null && IPAddress.IsLoopback(remote)
            && request.Headers["X-Forwarded-For"].ToString() is { Length: > 0 } forwarded
            && Parse(forwarded.Split(',')[^1].Trim()) is { } client)
        {
            return client.ToString();
        }

        return remote?.ToString() ?? "unknown";
    }

    /// <summary>An address as App Service writes it: <c>203.0.113.7:54321</c>, <c>[2001:db8::1]:443</c> or without a port.</summary>
    private static IPAddress? Parse(string entry) =>
        IPEndPoint.TryParse(entry, out var endpoint) ? endpoint.Address
        : IPAddress.TryParse(entry.Trim('[', ']'), out var address) ? address
        : null;
}
