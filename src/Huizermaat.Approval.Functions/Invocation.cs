using Huizermaat.Approval.Web.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Huizermaat.Approval.Functions;

/// <summary>
/// How an HTTP function reaches its handler: in the invocation's services (ASP.NET Core integration makes them the
/// request's), with the Durable client the host bound to this invocation (<c>[DurableClient]</c>) as the
/// <see cref="DurableTaskClient"/> those services resolve, after the transport's security headers are set. The local
/// host registers one client for the process instead, and sets the headers in its pipeline.
/// </summary>
internal static class Invocation
{
    public static THandler Handler<THandler>(HttpRequest request, DurableTaskClient durable)
        where THandler : notnull
    {
        ArgumentNullException.ThrowIfNull(request);
        var services = request.HttpContext.RequestServices;
        services.GetRequiredService<TransportSecurity>().Apply(request.HttpContext.Response);
        services.GetRequiredService<InvocationDurableClient>().Use(durable);
        return services.GetRequiredService<THandler>();
    }

    /// <summary>For the static assets alone: a handler that needs nothing Durable.</summary>
    public static THandler Handler<THandler>(HttpRequest request)
        where THandler : notnull
    {
        ArgumentNullException.ThrowIfNull(request);
        var services = request.HttpContext.RequestServices;
        services.GetRequiredService<TransportSecurity>().Apply(request.HttpContext.Response);
        return services.GetRequiredService<THandler>();
    }

    /// <summary>For the health probe: a handler of no services, with the transport's headers all the same.</summary>
    public static IResult Handle(HttpRequest request, Func<IResult> handler)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(handler);
        request.HttpContext.RequestServices.GetRequiredService<TransportSecurity>().Apply(request.HttpContext.Response);
        return handler();
    }
}
