using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Integrations.Publishing.Meta;
using Huizermaat.Approval.Publishing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Huizermaat.Approval.Integrations.Tests.Publishing;

public sealed class InstagramPublisherTests : IDisposable
{
    private static readonly MediaReference Photo = new("p1", MediaKind.Photo, "image/jpeg");
    private readonly PublisherHarness _fake = new();

    public InstagramPublisherTests()
    {
        _fake.Media.Add("p1", "image/jpeg", [0xFF, 0xD8, 0xFF, 0xD9]);
        _fake.Media.Add("p2", "image/jpeg", [0xFF, 0xD8, 0xFF, 0xD9]);
        _fake.RequireBearerToken("ig-token");
    }

    public void Dispose() => _fake.Dispose();

    [Fact]
    public async Task Checks_the_limit_creates_a_container_waits_until_finished_then_publishes()
    {
        Limit(usage: 3);
        _fake.Server.Given(Request.Create().WithPath("/v23.0/1784/media").UsingPost()).RespondWith(Response.Create().WithBody("""{"id":"c1"}"""));
        _fake.Server.Given(Request.Create().WithPath("/v23.0/c1").UsingGet()).InScenario("status").WillSetStateTo("done")
            .RespondWith(Response.Create().WithBody("""{"status_code":"IN_PROGRESS","id":"c1"}"""));
        _fake.Server.Given(Request.Create().WithPath("/v23.0/c1").UsingGet()).InScenario("status").WhenStateIs("done")
            .RespondWith(Response.Create().WithBody("""{"status_code":"FINISHED","id":"c1"}"""));
        Publish().RespondWith(Response.Create().WithBody("""{"id":"1790"}"""));
        _fake.Server.Given(Request.Create().WithPath("/v23.0/1790").UsingGet()).RespondWith(Response.Create().WithBody("""{"permalink":"https://www.instagram.com/p/Abc/","id":"1790"}"""));

        var post = await Publisher().PublishAsync(PublisherHarness.Request(Channel.Instagram, "Sportdag!", Photo), CancellationToken.None);

        Assert.Equal(new PublishedPost(Channel.Instagram, "1790", new Uri("https://www.instagram.com/p/Abc/")), post);
        Assert.Equal(
            ["GET /v23.0/1784/content_publishing_limit", "POST /v23.0/1784/media", "GET /v23.0/c1", "GET /v23.0/c1", "POST /v23.0/1784/media_publish", "GET /v23.0/1790"],
            _fake.Calls());
        var container = PublisherHarness.Form(_fake.Requests()[1]);
        Assert.Equal("https://media.example/p1?sig=short-lived", container["image_url"]);
        Assert.Equal("Sportdag!", container["caption"]);
        Assert.Null(container["access_token"]);
        Assert.All(_fake.Requests(), r => Assert.Equal("Bearer ig-token", r.Headers!["Authorization"].Single()));
        Assert.All(_fake.Requests(), r => Assert.DoesNotContain("ig-token", r.Url, StringComparison.Ordinal));
        Assert.Equal("status_code,status", PublisherHarness.Query(_fake.Requests()[2])["fields"]);
        Assert.Equal("c1", PublisherHarness.Form(_fake.Requests()[4])["creation_id"]);
    }

    [Fact]
    public async Task Several_photos_become_a_carousel()
    {
        Limit(usage: 0);
        _fake.Server.Given(Request.Create().WithPath("/v23.0/1784/media").UsingPost()).InScenario("c").WillSetStateTo("2")
            .RespondWith(Response.Create().WithBody("""{"id":"k1"}"""));
        _fake.Server.Given(Request.Create().WithPath("/v23.0/1784/media").UsingPost()).InScenario("c").WhenStateIs("2").WillSetStateTo("3")
            .RespondWith(Response.Create().WithBody("""{"id":"k2"}"""));
        _fake.Server.Given(Request.Create().WithPath("/v23.0/1784/media").UsingPost()).InScenario("c").WhenStateIs("3")
            .RespondWith(Response.Create().WithBody("""{"id":"carousel"}"""));
        _fake.Server.Given(Request.Create().WithPath("/v23.0/*").UsingGet()).AtPriority(10)
            .RespondWith(Response.Create().WithBody("""{"status_code":"FINISHED","permalink":"https://www.instagram.com/p/Car/"}"""));
        Publish().RespondWith(Response.Create().WithBody("""{"id":"1791"}"""));

        await Publisher().PublishAsync(PublisherHarness.Request(Channel.Instagram, "Twee foto's", Photo, new MediaReference("p2", MediaKind.Photo, "image/jpeg")), CancellationToken.None);

        var containers = _fake.Requests("POST", "/v23.0/1784/media").Select(PublisherHarness.Form).ToList();
        Assert.Equal(["true", "true", null], containers.Select(c => c["is_carousel_item"]));
        Assert.Equal("CAROUSEL", containers[2]["media_type"]);
        Assert.Equal("k1,k2", containers[2]["children"]);
        Assert.Equal("Twee foto's", containers[2]["caption"]);
        Assert.Null(containers[0]["caption"]);
        Assert.Equal("carousel", PublisherHarness.Form(_fake.Requests("POST", "/v23.0/1784/media_publish").Single())["creation_id"]);
    }

    [Fact]
    public async Task The_24_hour_publishing_limit_is_reported_before_any_container_is_made()
    {
        Limit(usage: 100);

        var error = await Assert.ThrowsAsync<PublishException>(() => Publisher().PublishAsync(PublisherHarness.Request(Channel.Instagram, "Hallo", Photo), CancellationToken.None));

        Assert.Contains("publishing limit is reached: the account published 100 of at most 100 posts in the last 24 hours", error.Message, StringComparison.Ordinal);
        Assert.True(error.IsTransient);
        Assert.Equal(["GET /v23.0/1784/content_publishing_limit"], _fake.Calls());
    }

    [Fact]
    public async Task Media_not_ready_at_publish_time_is_transient()
    {
        Limit(usage: 0);
        _fake.Server.Given(Request.Create().WithPath("/v23.0/1784/media").UsingPost()).RespondWith(Response.Create().WithBody("""{"id":"c1"}"""));
        _fake.Server.Given(Request.Create().WithPath("/v23.0/c1").UsingGet()).RespondWith(Response.Create().WithBody("""{"status_code":"FINISHED"}"""));
        Publish().RespondWith(Response.Create().WithStatusCode(400).WithBody(
            """{"error":{"message":"Media ID is not available","type":"OAuthException","code":9007,"error_subcode":2207027,"is_transient":false,"error_user_title":"Media not ready","error_user_msg":"The media is not ready for publishing, please wait for a moment","fbtrace_id":"A1"}}"""));

        var error = await Assert.ThrowsAsync<PublishException>(() => Publisher().PublishAsync(PublisherHarness.Request(Channel.Instagram, "Hallo", Photo), CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.Contains("still being processed", error.Message, StringComparison.Ordinal);
        Assert.Single(_fake.Requests("POST", "/v23.0/1784/media_publish"));
    }

    [Fact]
    public async Task A_container_that_failed_processing_is_a_permanent_failure()
    {
        Limit(usage: 0);
        _fake.Server.Given(Request.Create().WithPath("/v23.0/1784/media").UsingPost()).RespondWith(Response.Create().WithBody("""{"id":"c1"}"""));
        _fake.Server.Given(Request.Create().WithPath("/v23.0/c1").UsingGet())
            .RespondWith(Response.Create().WithBody("""{"status_code":"ERROR","status":"Error: Media upload has failed with error code 2207026"}"""));

        var error = await Assert.ThrowsAsync<PublishException>(() => Publisher().PublishAsync(PublisherHarness.Request(Channel.Instagram, "Hallo", Photo), CancellationToken.None));

        Assert.False(error.IsTransient);
        Assert.Contains("2207026", error.Message, StringComparison.Ordinal);
        Assert.Empty(_fake.Requests("POST", "/v23.0/1784/media_publish"));
    }

    [Fact]
    public async Task A_text_only_post_is_refused()
    {
        var error = await Assert.ThrowsAsync<PublishException>(() => Publisher().PublishAsync(PublisherHarness.Request(Channel.Instagram, "Alleen tekst"), CancellationToken.None));

        Assert.Contains("at least one photo or video", error.Message, StringComparison.Ordinal);
        Assert.Empty(_fake.Calls());
    }

    [Fact]
    public async Task Takedown_deletes_the_media()
    {
        _fake.Server.Given(Request.Create().WithPath("/v23.0/1790").UsingDelete()).RespondWith(Response.Create().WithBody("""{"success":true}"""));

        await Publisher().DeleteAsync(new PublishedPost(Channel.Instagram, "1790", new Uri("https://www.instagram.com/p/Abc/")), CancellationToken.None);

        Assert.Equal(["DELETE /v23.0/1790"], _fake.Calls());
    }

    private void Limit(int usage) =>
        _fake.Server.Given(Request.Create().WithPath("/v23.0/1784/content_publishing_limit").UsingGet())
            .RespondWith(Response.Create().WithBody($$$"""{"data":[{"quota_usage":{{{usage}}},"config":{"quota_total":100,"quota_duration":86400}}]}"""));

    private WireMock.Server.IRespondWithAProvider Publish() => _fake.Server.Given(Request.Create().WithPath("/v23.0/1784/media_publish").UsingPost());

    private InstagramPublisher Publisher() => _fake.Create<InstagramPublisher>(
        ("Publishing:Instagram:GraphUrl", _fake.Url.AbsoluteUri),
        ("Publishing:Instagram:UserId", "1784"),
        ("Publishing:Instagram:AccessToken", "ig-token"),
        ("Publishing:Instagram:StatusPollInterval", "00:00:00.010"));
}
