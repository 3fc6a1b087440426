namespace Huizermaat.Approval.Functions.Tests;

/// <summary>An HTTP method and route template as both hosts expose it, e.g. <c>GET /api/health</c>.</summary>
public sealed record HttpEndpoint(string Method, string Route)
{
    public override string ToString() => $"{Method} {Route}";
}
