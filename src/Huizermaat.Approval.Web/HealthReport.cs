namespace Huizermaat.Approval.Web;

/// <summary>The body of <c>GET /api/health</c>, serialised as camelCase JSON.</summary>
public sealed record HealthReport(string Status, string Version);
