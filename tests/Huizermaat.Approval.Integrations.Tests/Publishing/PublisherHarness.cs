using System.Collections.Specialized;
using System.Text;
using System.Text.RegularExpressions;
using System.Web;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Integrations.Publishing;
using Huizermaat.Approval.Media;
using Huizermaat.Approval.Publishing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WireMock;
using WireMock.Matchers;
using WireMock.Util;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Huizermaat.Approval.Integrations.Tests.Publishing;

/// <summary>A local fake of a network (WireMock.Net) and the publishers wired to it as a host would wire them.</summary>
public sealed partial class PublisherHarness : IDisposable
{
    public WireMockServer Server { get; } = WireMockServer.Start();

    internal InMemoryMediaStore Media { get; } = new();

    public Uri Url => new(Server.Url! + "/");

    public void Dispose() => Server.Stop();

    public ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Publishing:MaxRetries"] = "2",
                ["Publishing:RetryDelay"] = "00:00:00.010",
            })
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
        return new ServiceCollection().AddLogging().AddSingleton<IMediaStore>(Media).AddPublishers(configuration).BuildServiceProvider();
    }

    public T Create<T>(params (string Key, string Value)[] settings)
        where T : notnull => Services(settings).GetRequiredService<T>();

    /// <summary>
    /// Makes the fake a Graph API that takes the access token only in the <c>Authorization</c> header: a request that
    /// carries <c>access_token</c> in its query string or its body (where it ends up in logs and proxies), or lacks
    /// <c>Authorization: Bearer {token}</c>, gets Meta's OAuth error instead of an answer.
    /// </summary>
    public void RequireBearerToken(string token)
    {
        const string NoToken = """{"error":{"message":"An active access token must be used to query information about the current user.","type":"OAuthException","code":2500,"fbtrace_id":"fake"}}""";
        const string TokenInUrl = """{"error":{"message":"(fake) access_token in the query string or body: send it in the Authorization header.","type":"OAuthException","code":100,"fbtrace_id":"fake"}}""";
        Server.Given(WireMock.RequestBuilders.Request.Create().UsingAnyMethod().WithPath("/*").WithParam("access_token")).AtPriority(-3)
            .RespondWith(Response.Create().WithStatusCode(400).WithBody(TokenInUrl));
        Server.Given(WireMock.RequestBuilders.Request.Create().UsingAnyMethod().WithPath("/*").WithBody((IBodyData? body) => body is not null && TokenField().IsMatch(body.BodyAsString ?? Encoding.Latin1.GetString(body.BodyAsBytes ?? [])))).AtPriority(-2)
            .RespondWith(Response.Create().WithStatusCode(400).WithBody(TokenInUrl));
        Server.Given(WireMock.RequestBuilders.Request.Create().UsingAnyMethod().WithPath("/*").WithHeader("Authorization", $"Bearer {token}", MatchBehaviour.RejectOnMatch)).AtPriority(-1)
            .RespondWith(Response.Create().WithStatusCode(400).WithBody(NoToken));
    }

    /// <summary>The calls the fake received, in order, as "METHOD /path".</summary>
    public IReadOnlyList<string> Calls() => Requests().Select(r => $"{r.Method} {r.Path}").ToList();

    public IReadOnlyList<IRequestMessage> Requests() => Server.LogEntries.Select(e => e.RequestMessage).ToList();

    public IReadOnlyList<IRequestMessage> Requests(string method, string path) =>
        Requests().Where(r => r.Method == method && r.Path == path).ToList();

    public static NameValueCollection Form(IRequestMessage request) => HttpUtility.ParseQueryString(request.Body ?? string.Empty);

    public static NameValueCollection Query(IRequestMessage request) => HttpUtility.ParseQueryString(new Uri(request.Url).Query);

    /// <summary>A multipart/form-data field's value, read from the raw body.</summary>
    public static string? Part(IRequestMessage request, string name)
    {
        var raw = request.BodyData?.BodyAsBytes is { } bytes ? Encoding.Latin1.GetString(bytes) : request.Body ?? string.Empty;
        var match = PartPattern().Matches(raw).FirstOrDefault(m => m.Groups["name"].Value == name);
        return match?.Groups["value"].Value;
    }

    public static PublishRequest Request(Channel channel, string text, params MediaReference[] media) =>
        new("draft-7", 2, channel, text, media, $"draft-7/2/{channel.ToName()}");

    /// <summary>An <c>access_token</c> field of a form (<c>access_token=</c>) or a multipart body (<c>name="access_token"</c>).</summary>
    [GeneratedRegex("(^|&)access_token=|name=\"?access_token\"?")]
    private static partial Regex TokenField();

    [GeneratedRegex("Content-Disposition: form-data; name=\"?(?<name>[^\";\\r\\n]+)\"?[^\\r\\n]*\\r\\n(?:[^\\r\\n]+\\r\\n)*\\r\\n(?<value>.*?)\\r\\n--", RegexOptions.Singleline)]
    private static partial Regex PartPattern();
}
