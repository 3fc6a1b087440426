using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Huizermaat.Approval.Web.Tests;

public sealed class CheckApiTests(WebApp web) : IClassFixture<WebApp>
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

    private async Task<HttpResponseMessage> Post(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await web.Client.PostAsync(new Uri("/api/check", UriKind.Relative), content);
    }
}
