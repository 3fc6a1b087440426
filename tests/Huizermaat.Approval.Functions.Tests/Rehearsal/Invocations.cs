using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Huizermaat.Approval.Functions.Tests.Rehearsal;

/// <summary>
/// Requests as the Functions host hands them to a [Function] method: in the invocation's own services, with the
/// headers App Service Authentication adds on a guarded path (<c>X-MS-CLIENT-PRINCIPAL</c>), and the answer the
/// method's <see cref="IResult"/> writes.
/// </summary>
internal static class Invocations
{
    public static HttpRequest Request(IServiceScope invocation, string method, string path, string? principal = null, string? json = null, string? cookies = null)
    {
        var context = new DefaultHttpContext { RequestServices = invocation.ServiceProvider };
        context.Request.Method = method;
        context.Request.Scheme = "https";
        context.Request.Host = new HostString(DeployedSettings.DefaultHostName);
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        if (principal is not null)
        {
            context.Request.Headers["X-MS-CLIENT-PRINCIPAL"] = principal;
        }

        if (cookies is not null)
        {
            context.Request.Headers.Cookie = cookies;
        }

        if (json is not null)
        {
            var body = Encoding.UTF8.GetBytes(json);
            context.Request.ContentType = "application/json";
            context.Request.ContentLength = body.Length;
            context.Request.Body = new MemoryStream(body);
        }

        return context.Request;
    }

    /// <summary>Executes what a function returned; gives the status and the body.</summary>
    public static async Task<Answer> AnswerAsync(HttpRequest request, IResult result)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(result);
        var context = request.HttpContext;
        await result.ExecuteAsync(context);
        context.Response.Body.Position = 0;
        using var reader = new StreamReader(context.Response.Body);
        var cookies = string.Join("; ", context.Response.Headers.SetCookie.Select(c => c!.Split(';')[0]));
        var headers = context.Response.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new Answer(context.Response.StatusCode, await reader.ReadToEndAsync(), cookies) { Headers = headers };
    }

    /// <summary>The header App Service Authentication sends for a signed-in Entra account.</summary>
    public static string Principal(string email, string name, string objectId, params string[] roles) => Convert.ToBase64String(Encoding.UTF8.GetBytes(
        JsonSerializer.Serialize(new
        {
            auth_typ = "aad",
            name_typ = "name",
            role_typ = "roles",
            claims = new[]
            {
                new { typ = "preferred_username", val = email },
                new { typ = "name", val = name },
                new { typ = "http://schemas.microsoft.com/identity/claims/objectidentifier", val = objectId },
            }.Concat(roles.Select(role => new { typ = "roles", val = role })),
        })));
}

/// <summary>What a function answered: status, body, and the cookies it set (as a Cookie header sends them back).</summary>
internal sealed record Answer(int Status, string Body, string Cookies)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
