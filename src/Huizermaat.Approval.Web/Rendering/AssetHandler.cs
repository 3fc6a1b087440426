using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Rendering;

/// <summary><c>GET /assets/{name}</c>: the app's own CSS and JavaScript, embedded in this assembly.</summary>
public sealed class AssetHandler
{
    public const string Route = "assets/{name}";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    public IResult Handle(HttpRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        var extension = Path.GetExtension(name);
        if (name.Contains('/', StringComparison.Ordinal) || !ContentTypes.TryGetValue(extension, out var contentType))
        {
            return Results.NotFound();
        }

        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Assets.{name}");
        if (stream is null)
        {
            return Results.NotFound();
        }

        request.HttpContext.Response.Headers.XContentTypeOptions = "nosniff";
        request.HttpContext.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Stream(stream, contentType);
    }
}
