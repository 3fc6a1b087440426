using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Huizermaat.Approval.Functions;

/// <summary>
/// How an HTTP function reaches its handler: in the invocation's services (ASP.NET Core integration makes them the
/// request's), with the Durable client the host bound to this invocation (<c>[DurableClient]</c>) as the
/// <see cref="DurableTaskClient"/> those services resolve. The local host registers one client for the process instead.
/// </summary>
internal static class Invocation
{
    public static THandler Handler<THandler>(HttpRequest request, DurableTaskClient durable)
        where THandler : notnull
    {
        ArgumentNullException.ThrowIfNull(request);
        var services = request.HttpContext.RequestServices;
        services.GetRequiredService<InvocationDurableClient>().Use(durable);
        return services.GetRequiredService<THandler>();
    }

    /// <summary>For the static assets alone: a handler that needs nothing Durable.</summary>
    public static THandler Handler<THandler>(HttpRequest request)
        where THandler : notnull
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.HttpContext.RequestServices.GetRequiredService<THandler>();
    }
}
