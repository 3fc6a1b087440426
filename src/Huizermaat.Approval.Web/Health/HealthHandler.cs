using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Health;

/// <summary>
/// <c>GET /api/health</c>: anonymous liveness probe. It answers as soon as the worker runs, touches
/// no storage and reveals nothing but the application's version.
/// </summary>
public static class HealthHandler
{
    public const string Route = "api/health";

    public static IResult Handle() =>
        Results.Ok(new HealthReport("healthy", typeof(HealthHandler).Assembly.GetName().Version?.ToString() ?? "unknown"));
}
