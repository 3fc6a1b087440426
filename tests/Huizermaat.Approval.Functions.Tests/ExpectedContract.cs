namespace Huizermaat.Approval.Functions.Tests;

/// <summary>
/// The functions the app must expose, as of now: only the health endpoint. This is the minimal, literal
/// stand-in for the local host (<c>Huizermaat.Approval.Local</c>, not merged yet). When it lands, replace each
/// set by what that host really registers, so the two hosts cannot drift:
/// <list type="bullet">
/// <item><see cref="HttpEndpoints"/> ← the local app's <c>EndpointDataSource</c> routes and methods (leading slash, upper-case method);</item>
/// <item><see cref="Orchestrations"/> and <see cref="Activities"/> ← the names in its <c>DurableTaskRegistry</c>.</item>
/// </list>
/// </summary>
public static class ExpectedContract
{
    public static IReadOnlySet<HttpEndpoint> HttpEndpoints { get; } = new HashSet<HttpEndpoint>
    {
        new("GET", "/api/health"),
        new("GET", "/"),
        new("GET", "/berichten/nieuw"),
        new("POST", "/api/check"),
        new("GET", "/assets/{name}"),
    };

    public static IReadOnlySet<string> Orchestrations { get; } = new HashSet<string>(StringComparer.Ordinal);

    public static IReadOnlySet<string> Activities { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Trigger kinds the app may use; a new kind is a deliberate change to this list (and to infra's settings).</summary>
    public static IReadOnlySet<string> TriggerKinds { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Tests.TriggerKinds.Http,
        Tests.TriggerKinds.Orchestration,
        Tests.TriggerKinds.Activity,
        Tests.TriggerKinds.Entity,
        Tests.TriggerKinds.Timer,
        Tests.TriggerKinds.Queue,
    };
}
