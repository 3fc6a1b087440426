namespace Huizermaat.Approval.Web.Health;

/// <summary>The body of <c>GET /api/health</c>, serialised as camelCase JSON.</summary>
public sealed record HealthReport(string Status, string Version);
