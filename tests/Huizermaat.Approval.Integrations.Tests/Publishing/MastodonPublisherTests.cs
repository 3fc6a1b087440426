using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Integrations.Publishing.Mastodon;
using Huizermaat.Approval.Publishing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Huizermaat.Approval.Integrations.Tests.Publishing;

public sealed class MastodonPublisherTests : IDisposable
{
    private static readonly byte[] Photo = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 0xFF, 0xD9];
    private readonly PublisherHarness _fake = new();

    public MastodonPublisherTests() => _fake.Media.Add("m1", "image/jpeg", Photo);

    public void Dispose() => _fake.Dispose();

    [Fact]
    public async Task Uploads_the_photo_then_posts_the_status_with_an_idempotency_key()
    {
        MediaAccepted();
        _fake.Server.Given(Request.Create().WithPath("/api/v1/statuses").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"id":"1130","url":"https://mastodon.example/@huizermaat/1130","content":"<p>Sportdag!</p>"}"""));

        var post = await Publisher().PublishAsync(PublisherHarness.Request(Channel.Mastodon, "Sportdag!", new MediaReference("m1", MediaKind.Photo, "image/jpeg")), CancellationToken.None);

        Assert.Equal(new PublishedPost(Channel.Mastodon, "1130", new Uri("https://mastodon.example/@huizermaat/1130")), post);
        Assert.Equal(["POST /api/v1/media", "POST /api/v1/statuses"], _fake.Calls());
        var upload = _fake.Requests()[0];
        Assert.Equal("Bearer token-1", upload.Headers!["Authorization"].Single());
        Assert.StartsWith("multipart/form-data", upload.Headers["Content-Type"].Single(), StringComparison.Ordinal);
        Assert.Equal("\x01\x02\x03", PublisherHarness.Part(upload, "file")?[4..7]);
        var status = _fake.Requests()[1];
        Assert.Equal("draft-7/2/mastodon", status.Headers!["Idempotency-Key"].Single());
        var form = PublisherHarness.Form(status);
        Assert.Equal("Sportdag!", form["status"]);
        Assert.Equal("media-1", form["media_ids[]"]);
        Assert.Equal("public", form["visibility"]);
        Assert.Equal("nl", form["language"]);
    }

    [Fact]
    public async Task A_failed_status_is_retried_with_the_same_key_and_the_media_is_not_uploaded_again()
    {
        MediaAccepted();
        _fake.Server.Given(Request.Create().WithPath("/api/v1/statuses").UsingPost()).InScenario("flaky").WillSetStateTo("up")
            .RespondWith(Response.Create().WithStatusCode(503).WithBody("<html>502 Bad Gateway</html>"));
        _fake.Server.Given(Request.Create().WithPath("/api/v1/statuses").UsingPost()).InScenario("flaky").WhenStateIs("up")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"id":"1131","url":"https://mastodon.example/@huizermaat/1131"}"""));

        var post = await Publisher().PublishAsync(PublisherHarness.Request(Channel.Mastodon, "Sportdag!", new MediaReference("m1", MediaKind.Photo, "image/jpeg")), CancellationToken.None);

        Assert.Equal("1131", post.PostId);
        Assert.Equal(["POST /api/v1/media", "POST /api/v1/statuses", "POST /api/v1/statuses"], _fake.Calls());
        Assert.All(_fake.Requests("POST", "/api/v1/statuses"), r => Assert.Equal("draft-7/2/mastodon", r.Headers!["Idempotency-Key"].Single()));
    }

    [Fact]
    public async Task Media_still_processing_is_a_transient_failure()
    {
        MediaAccepted();
        _fake.Server.Given(Request.Create().WithPath("/api/v1/statuses").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(422).WithBody("""{"error":"Cannot attach files that have not finished processing. Try again in a moment!"}"""));

        var error = await Assert.ThrowsAsync<PublishException>(() => Publisher().PublishAsync(
            PublisherHarness.Request(Channel.Mastodon, "Sportdag!", new MediaReference("m1", MediaKind.Photo, "image/jpeg")), CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.Contains("still processing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_token_is_a_permanent_failure_that_says_what_to_renew()
    {
        _fake.Server.Given(Request.Create().WithPath("/api/v1/statuses").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(401).WithBody("""{"error":"The access token is invalid"}"""));

        var error = await Assert.ThrowsAsync<PublishException>(() => Publisher().PublishAsync(PublisherHarness.Request(Channel.Mastodon, "Hallo"), CancellationToken.None));

        Assert.False(error.IsTransient);
        Assert.Contains("The access token is invalid", error.Message, StringComparison.Ordinal);
        Assert.Contains("Publishing:Mastodon:AccessToken", error.Message, StringComparison.Ordinal);
        Assert.Single(_fake.Calls());
    }

    [Fact]
    public async Task Rate_limit_is_transient_and_says_when_it_resets()
    {
        var reset = DateTimeOffset.UtcNow.AddMinutes(5);
        _fake.Server.Given(Request.Create().WithPath("/api/v1/statuses").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("X-RateLimit-Reset", reset.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture))
                .WithBody("""{"error":"Too many requests"}"""));

        var error = await Assert.ThrowsAsync<PublishException>(() => Publisher().PublishAsync(PublisherHarness.Request(Channel.Mastodon, "Hallo"), CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.NotNull(error.RetryAfter);
        Assert.InRange(error.RetryAfter.Value, TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(6));
    }

    [Fact]
    public async Task Takedown_deletes_the_status_and_a_status_already_gone_is_fine()
    {
        _fake.Server.Given(Request.Create().WithPath("/api/v1/statuses/1130").UsingDelete())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"id":"1130","text":"Sportdag!"}"""));
        _fake.Server.Given(Request.Create().WithPath("/api/v1/statuses/999").UsingDelete())
            .RespondWith(Response.Create().WithStatusCode(404).WithBody("""{"error":"Record not found"}"""));
        var publisher = Publisher();

        await publisher.DeleteAsync(new PublishedPost(Channel.Mastodon, "1130", new Uri("https://mastodon.example/@huizermaat/1130")), CancellationToken.None);
        await publisher.DeleteAsync(new PublishedPost(Channel.Mastodon, "999", new Uri("https://mastodon.example/@huizermaat/999")), CancellationToken.None);

        Assert.Equal(["DELETE /api/v1/statuses/1130", "DELETE /api/v1/statuses/999"], _fake.Calls());
        Assert.Equal("Bearer token-1", _fake.Requests()[0].Headers!["Authorization"].Single());
    }

    [Fact]
    public async Task Find_recognises_the_post_among_the_accounts_recent_statuses()
    {
        _fake.Server.Given(Request.Create().WithPath("/api/v1/accounts/verify_credentials").UsingGet())
            .RespondWith(Response.Create().WithBody("""{"id":"42","username":"huizermaat"}"""));
        _fake.Server.Given(Request.Create().WithPath("/api/v1/accounts/42/statuses").UsingGet())
            .RespondWith(Response.Create().WithBody("""
                [{"id":"2","url":"https://mastodon.example/@huizermaat/2","content":"<p>Iets anders</p>"},
                 {"id":"1","url":"https://mastodon.example/@huizermaat/1","content":"<p>Sportdag! Kijk op <a href=\"https://huizermaat.example/sport\"><span class=\"invisible\">https://</span><span>huizermaat.example/sport</span></a></p><p>Tot &amp; met vrijdag</p>"}]
                """));

        var found = await Publisher().FindAsync(PublisherHarness.Request(Channel.Mastodon, "Sportdag! Kijk op https://huizermaat.example/sport\n\nTot & met vrijdag"), CancellationToken.None);

        Assert.Equal("1", found?.PostId);
        Assert.Equal("true", PublisherHarness.Query(_fake.Requests()[1])["exclude_reblogs"]);
    }

    private void MediaAccepted() =>
        _fake.Server.Given(Request.Create().WithPath("/api/v1/media").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"id":"media-1","type":"image","url":"https://files.mastodon.example/1.jpg"}"""));

    private MastodonPublisher Publisher() => _fake.Create<MastodonPublisher>(
        ("Publishing:Mastodon:InstanceUrl", _fake.Url.AbsoluteUri),
        ("Publishing:Mastodon:AccessToken", "token-1"));
}
