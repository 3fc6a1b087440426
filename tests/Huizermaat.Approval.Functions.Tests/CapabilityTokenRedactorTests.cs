using System.Diagnostics;

namespace Huizermaat.Approval.Functions.Tests;

/// <summary>An e-mail link's token never reaches Application Insights in a span's name or URL.</summary>
public sealed class CapabilityTokenRedactorTests
{
    private const string Token = "q3Zk9W2xv0S7bLmN4rT8uYcA1dEfGhJkPqRsTuVwXyZ";

    [Theory]
    [InlineData("/link/" + Token, "/link/{token}")]
    [InlineData("https://app.example/link/" + Token + "?x=1", "https://app.example/link/{token}?x=1")]
    [InlineData("/link/" + Token + "/media/abc123", "/link/{token}/media/abc123")]
    [InlineData("/api/media/abc/thumbnail?link=" + Token + "&size=1", "/api/media/abc/thumbnail?link={token}&size=1")]
    [InlineData("GET /berichten/abc", "GET /berichten/abc")]
    public void Tokens_in_paths_and_queries_are_replaced(string text, string expected) =>
        Assert.Equal(expected, CapabilityTokenRedactor.Redact(text));

    [Fact]
    public void A_finished_span_keeps_no_token_in_its_name_or_url_attributes()
    {
        using var source = new ActivitySource("redactor-test");
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == source.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        using var span = source.StartActivity("GET /link/" + Token, ActivityKind.Server)!;
        span.SetTag("url.full", "https://app.example/link/" + Token);
        span.SetTag("url.path", "/link/" + Token);
        span.SetTag("url.query", "?link=" + Token);

        using var redactor = new CapabilityTokenRedactor();
        redactor.OnEnd(span);

        Assert.DoesNotContain(Token, span.DisplayName, StringComparison.Ordinal);
        Assert.All(span.TagObjects, tag => Assert.DoesNotContain(Token, tag.Value?.ToString() ?? string.Empty, StringComparison.Ordinal));
    }
}
