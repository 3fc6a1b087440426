using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Huizermaat.Approval.Testing;

namespace Huizermaat.Approval.Web.Tests;

public sealed class CheckApiTests(CheckApiTests.Host host) : IClassFixture<CheckApiTests.Host>
{
    [Fact]
    public async Task Returns_findings_with_spans_and_the_articles_Dutch_wording_and_the_length_per_channel()
    {
        using var response = await Post("""{"text":"Bel Mark: 06 98765432.","capacity":"official","channels":["x"],"acknowledgedPermanence":true}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var finding = Assert.Single(body.GetProperty("findings").EnumerateArray());
        Assert.Equal("A.1", finding.GetProperty("rule").GetString());
        Assert.Equal("block", finding.GetProperty("severity").GetString());
        Assert.Equal(10, finding.GetProperty("start").GetInt32());
        Assert.Contains("persoonlijke informatie", finding.GetProperty("article").GetString(), StringComparison.Ordinal);
        Assert.Equal(22, body.GetProperty("lengths").GetProperty("x").GetInt32());
    }

    [Theory]
    [InlineData("{oops", "not valid JSON")]
    [InlineData("""{"text":"a","channels":["myspace"]}""", "unknown channel")]
    [InlineData("""{"capacity":"official"}""", "\"text\" is missing")]
    public async Task Invalid_drafts_get_400_with_the_reason(string json, string reason)
    {
        using var response = await Post(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(reason, body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413()
    {
        using var response = await Post($$"""{"text":"{{new string('a', 600_000)}}"}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Only_a_member_of_staff_in_the_roster_may_check_a_draft()
    {
        using var nobody = await host.ClientAsync();
        using var content = new StringContent("""{"text":"a"}""", Encoding.UTF8, "application/json");

        using var response = await nobody.PostAsync(new Uri("/api/check", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Checking_is_rate_limited_per_user()
    {
        using var author = await host.ClientAsync(FlowPeople.OtherAuthorEmail);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < Host.ChecksPerMinute + 1; i++)
        {
            using var content = new StringContent("""{"text":"a"}""", Encoding.UTF8, "application/json");
            using var response = await author.PostAsync(new Uri("/api/check", UriKind.Relative), content);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(Host.ChecksPerMinute), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task A_draft_sent_as_plain_text_from_a_form_elsewhere_is_refused()
    {
        using var content = new StringContent("""{"text":"a"}""", Encoding.UTF8, "text/plain");

        using var response = await (await Anna()).PostAsync(new Uri("/api/check", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    private async Task<HttpClient> Anna() => anna ??= await host.ClientAsync(FlowPeople.AuthorEmail);

    private HttpClient? anna;

    private async Task<HttpResponseMessage> Post(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await (await Anna()).PostAsync(new Uri("/api/check", UriKind.Relative), content);
    }

    /// <summary>The local host with a low limit on checks, so that the limit shows.</summary>
    public sealed class Host() : FlowHost(new Dictionary<string, string?> { ["RateLimits:ChecksPerMinute"] = "20" })
    {
        public const int ChecksPerMinute = 20;
    }
}
