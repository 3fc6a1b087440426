using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Integrations.Publishing.Meta;
using Huizermaat.Approval.Publishing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Huizermaat.Approval.Integrations.Tests.Publishing;

public sealed class FacebookPublisherTests : IDisposable
{
    private const string ExpiredToken = """
        {"error":{"message":"Error validating access token: Session has expired on Tuesday, 24-Nov-26 10:00:00 PST. The current time is Wednesday, 25-Nov-26 01:00:00 PST.","type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id":"AbCdEf"}}
        """;

    private readonly PublisherHarness _fake = new();

    public FacebookPublisherTests()
    {
        _fake.Media.Add("p1", "image/jpeg", [0xFF, 0xD8, 0xFF, 0xD9]);
        _fake.Media.Add("p2", "image/jpeg", [0xFF, 0xD8, 0xFF, 0xD9]);
        _fake.RequireBearerToken("page-token");
        _fake.Server.Given(Request.Create().WithPath("/v23.0/123_456").UsingGet())
            .RespondWith(Response.Create().WithBody("""{"permalink_url":"https://www.facebook.com/123/posts/456","id":"123_456"}"""));
    }

    public void Dispose() => _fake.Dispose();

    [Fact]
    public async Task A_text_post_goes_to_the_pages_feed_with_the_page_token_in_the_Authorization_header()
    {
        Feed().RespondWith(Response.Create().WithBody("""{"id":"123_456"}"""));

        var post = await Publisher().PublishAsync(PublisherHarness.Request(Channel.Facebook, "Open dag zaterdag!"), CancellationToken.None);

        Assert.Equal(new PublishedPost(Channel.Facebook, "123_456", new Uri("https://www.facebook.com/123/posts/456")), post);
        Assert.Equal(["POST /v23.0/123/feed", "GET /v23.0/123_456"], _fake.Calls());
        var form = PublisherHarness.Form(_fake.Requests()[0]);
        Assert.Equal("Open dag zaterdag!", form["message"]);
        Assert.All(_fake.Requests(), r => Assert.Equal("Bearer page-token", r.Headers!["Authorization"].Single()));
        Assert.All(_fake.Requests(), r => Assert.DoesNotContain("page-token", r.Url, StringComparison.Ordinal));
        Assert.Null(form["access_token"]);
        Assert.Equal("permalink_url", PublisherHarness.Query(_fake.Requests()[1])["fields"]);
    }

    [Fact]
    public async Task Several_photos_are_uploaded_unpublished_then_attached_to_one_feed_post()
    {
        _fake.Server.Given(Request.Create().WithPath("/v23.0/123/photos").UsingPost()).InScenario("photos").WillSetStateTo("one")
            .RespondWith(Response.Create().WithBody("""{"id":"900"}"""));
        _fake.Server.Given(Request.Create().WithPath("/v23.0/123/photos").UsingPost()).InScenario("photos").WhenStateIs("one")
            .RespondWith(Response.Create().WithBody("""{"id":"901"}"""));
        Feed().RespondWith(Response.Create().WithBody("""{"id":"123_456"}"""));

        await Publisher().PublishAsync(PublisherHarness.Request(Channel.Facebook, "Sportdag",
            new MediaReference("p1", MediaKind.Photo, "image/jpeg"), new MediaReference("p2", MediaKind.Photo, "image/jpeg")), CancellationToken.None);

        Assert.Equal(["POST /v23.0/123/photos", "POST /v23.0/123/photos", "POST /v23.0/123/feed", "GET /v23.0/123_456"], _fake.Calls());
        Assert.All(_fake.Requests("POST", "/v23.0/123/photos"), r => Assert.Equal("false", PublisherHarness.Part(r, "published")));
        Assert.All(_fake.Requests(), r => Assert.Equal("Bearer page-token", r.Headers!["Authorization"].Single()));
        Assert.All(_fake.Requests("POST", "/v23.0/123/photos"), r => Assert.Null(PublisherHarness.Part(r, "access_token")));
        var feed = PublisherHarness.Form(_fake.Requests()[2]);
        Assert.Equal("""{"media_fbid":"900"}""", feed["attached_media[0]"]);
        Assert.Equal("""{"media_fbid":"901"}""", feed["attached_media[1]"]);
        Assert.Equal("Sportdag", feed["message"]);
    }

    [Fact]
    public async Task A_video_is_uploaded_to_the_video_host_with_its_description()
    {
        _fake.Media.Add("v1", "video/mp4", [0, 0, 0, 8, .. "ftyp"u8], MediaKind.Video);
        _fake.Server.Given(Request.Create().WithPath("/video-host/v23.0/123/videos").UsingPost()).RespondWith(Response.Create().WithBody("""{"id":"123_456"}"""));

        var post = await Publisher().PublishAsync(PublisherHarness.Request(Channel.Facebook, "Musical!", new MediaReference("v1", MediaKind.Video, "video/mp4")), CancellationToken.None);

        Assert.Equal("123_456", post.PostId);
        Assert.Equal(["POST /video-host/v23.0/123/videos", "GET /v23.0/123_456"], _fake.Calls());
        Assert.Equal("Musical!", PublisherHarness.Part(_fake.Requests()[0], "description"));
    }

    [Fact]
    public async Task A_post_whose_address_cannot_be_read_is_still_reported_published()
    {
        _fake.Server.Given(Request.Create().WithPath("/v23.0/999_1").UsingGet()).RespondWith(Response.Create().WithStatusCode(503));
        Feed().RespondWith(Response.Create().WithBody("""{"id":"999_1"}"""));

        var post = await Publisher().PublishAsync(PublisherHarness.Request(Channel.Facebook, "Hallo"), CancellationToken.None);

        Assert.Equal(new Uri("https://www.facebook.com/999_1"), post.Url);
        Assert.Single(_fake.Requests("POST", "/v23.0/123/feed"));
    }

    [Fact]
    public async Task An_expired_token_is_a_permanent_failure_naming_the_cause()
    {
        Feed().RespondWith(Response.Create().WithStatusCode(400).WithBody(ExpiredToken));

        var error = await Assert.ThrowsAsync<PublishException>(() => Publisher().PublishAsync(PublisherHarness.Request(Channel.Facebook, "Hallo"), CancellationToken.None));

        Assert.False(error.IsTransient);
        Assert.Contains("expired or invalid", error.Message, StringComparison.Ordinal);
        Assert.Contains("Session has expired", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Application_rate_limit_is_transient()
    {
        Feed().RespondWith(Response.Create().WithStatusCode(403).WithBody(
            """{"error":{"message":"(#4) Application request limit reached","type":"OAuthException","is_transient":true,"code":4,"fbtrace_id":"Xy"}}"""));

        var error = await Assert.ThrowsAsync<PublishException>(() => Publisher().PublishAsync(PublisherHarness.Request(Channel.Facebook, "Hallo"), CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.Contains("rate limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retry_after_an_ambiguous_failure_finds_the_post_instead_of_posting_twice()
    {
        // The feed call fails with a 500 after Facebook created the post: the fake's listing shows it.
        Feed().RespondWith(Response.Create().WithStatusCode(500).WithBody(
            """{"error":{"message":"An unknown error has occurred.","type":"OAuthException","code":1,"fbtrace_id":"Zz"}}"""));
        _fake.Server.Given(Request.Create().WithPath("/v23.0/123/posts").UsingGet())
            .RespondWith(Response.Create().WithBody("""{"data":[{"id":"123_456","message":"Open dag zaterdag!","permalink_url":"https://www.facebook.com/123/posts/456"}]}"""));
        var publisher = Publisher();
        var attempts = new RecordingAttemptLog();
        var request = PublisherHarness.Request(Channel.Facebook, "Open dag zaterdag!");

        var first = await Assert.ThrowsAsync<PublishException>(() => publisher.PublishOnceAsync(request, attempts, CancellationToken.None));
        var second = await publisher.PublishOnceAsync(request, attempts, CancellationToken.None);

        Assert.True(first.IsTransient);
        Assert.Equal("123_456", second.PostId);
        Assert.Single(_fake.Requests("POST", "/v23.0/123/feed"));
    }

    [Fact]
    public async Task Audio_is_refused_before_anything_is_sent()
    {
        _fake.Media.Add("a1", "audio/mpeg", [0x49, 0x44, 0x33], MediaKind.Audio);

        var error = await Assert.ThrowsAsync<PublishException>(() => Publisher().PublishAsync(
            PublisherHarness.Request(Channel.Facebook, "Luister", new MediaReference("a1", MediaKind.Audio, "audio/mpeg")), CancellationToken.None));

        Assert.False(error.IsTransient);
        Assert.Empty(_fake.Calls());
    }

    [Fact]
    public async Task Takedown_deletes_the_post()
    {
        _fake.Server.Given(Request.Create().WithPath("/v23.0/123_456").UsingDelete()).RespondWith(Response.Create().WithBody("""{"success":true}"""));

        await Publisher().DeleteAsync(new PublishedPost(Channel.Facebook, "123_456", new Uri("https://www.facebook.com/123/posts/456")), CancellationToken.None);

        Assert.Equal(["DELETE /v23.0/123_456"], _fake.Calls());
        Assert.Equal("Bearer page-token", _fake.Requests()[0].Headers!["Authorization"].Single());
        Assert.Empty(new Uri(_fake.Requests()[0].Url).Query);
    }

    private WireMock.Server.IRespondWithAProvider Feed() => _fake.Server.Given(Request.Create().WithPath("/v23.0/123/feed").UsingPost());

    private FacebookPublisher Publisher() => _fake.Create<FacebookPublisher>(
        ("Publishing:Facebook:GraphUrl", _fake.Url.AbsoluteUri),
        ("Publishing:Facebook:VideoGraphUrl", _fake.Url.AbsoluteUri + "video-host/"),
        ("Publishing:Facebook:PageId", "123"),
        ("Publishing:Facebook:AccessToken", "page-token"));
}
