using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Rendering;

/// <summary>Headers for every response of ours: no Referer leaks, no sniffing, no framing, no caching.</summary>
public static class SecurityHeaders
{
    public static void Apply(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        response.Headers.CacheControl = "no-store";
    }
}
