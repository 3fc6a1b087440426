using System.Text;
using System.Text.Json;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Integrations.Publishing.X;
using Huizermaat.Approval.Publishing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Huizermaat.Approval.Integrations.Tests.Publishing;

public sealed class XPublisherTests : IDisposable
{
    private readonly PublisherHarness _fake = new();

    public XPublisherTests() => _fake.Media.Add("p1", "image/png", [0x89, 0x50, 0x4E, 0x47]);

    public void Dispose() => _fake.Dispose();

    [Fact]
    public async Task Signature_matches_the_worked_example_of_the_OAuth_1_documentation()
    {
        // X's "Creating a signature" example: same inputs, same signature.
        var settings = new XOptions
        {
            ConsumerKey = "xvz1evFS4wEEPTGEFPHBog",
            ConsumerSecret = "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",
            AccessToken = "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb",
            AccessTokenSecret = "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE",
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.twitter.com/1.1/statuses/update.json?include_entities=true")
        {
            Content = new StringContent("status=Hello%20Ladies%20%2b%20Gentlemen%2c%20a%20signed%20OAuth%20request%21", Encoding.ASCII, "application/x-www-form-urlencoded"),
        };

        var header = await OAuth1Signer.AuthorizationHeaderAsync(request, settings, "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", 1318622958, CancellationToken.None);

        Assert.Contains("oauth_signature=\"hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D\"", header, StringComparison.Ordinal);
        Assert.StartsWith("OAuth oauth_consumer_key=\"xvz1evFS4wEEPTGEFPHBog\"", header, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploads_the_photo_then_creates_the_post_signed_with_OAuth_1()
    {
        _fake.Server.Given(Request.Create().WithPath("/2/media/upload").UsingPost())
            .RespondWith(Response.Create().WithBody("""{"data":{"id":"1880028106020515840","media_key":"3_1880028106020515840","size":1024,"expires_after_secs":86400}}"""));
        Tweets().RespondWith(Response.Create().WithStatusCode(201).WithBody("""{"data":{"id":"1445880548472328192","text":"Sportdag!"}}"""));

        var post = await Publisher().PublishAsync(PublisherHarness.Request(Channel.X, "Sportdag!", new MediaReference("p1", MediaKind.Photo, "image/png")), CancellationToken.None);

        Assert.Equal(new PublishedPost(Channel.X, "1445880548472328192", new Uri("https://x.com/i/web/status/1445880548472328192")), post);
        Assert.Equal(["POST /2/media/upload", "POST /2/tweets"], _fake.Calls());
        var upload = _fake.Requests()[0];
        Assert.Equal("tweet_image", PublisherHarness.Part(upload, "media_category"));
        Assert.Equal("\x89PNG", PublisherHarness.Part(upload, "media"));
        using var body = JsonDocument.Parse(_fake.Requests()[1].Body!);
        Assert.Equal("Sportdag!", body.RootElement.GetProperty("text").GetString());
        Assert.Equal("1880028106020515840", body.RootElement.GetProperty("media").GetProperty("media_ids")[0].GetString());
        Assert.All(_fake.Requests(), r =>
        {
            var authorization = r.Headers!["Authorization"].Single();
            Assert.StartsWith("OAuth ", authorization, StringComparison.Ordinal);
            Assert.Contains("oauth_token=\"user-token\"", authorization, StringComparison.Ordinal);
            Assert.Contains("oauth_signature=", authorization, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_video_is_uploaded_in_chunks_and_posted_once_X_has_processed_it()
    {
        _fake.Media.Add("v1", "video/mp4", Enumerable.Range(0, 10).Select(i => (byte)('a' + i)).ToArray(), MediaKind.Video);
        _fake.Server.Given(Request.Create().WithPath("/2/media/upload/initialize").UsingPost())
            .RespondWith(Response.Create().WithBody("""{"data":{"id":"777","media_key":"13_777","expires_after_secs":86400}}"""));
        _fake.Server.Given(Request.Create().WithPath("/2/media/upload/777/append").UsingPost()).RespondWith(Response.Create().WithStatusCode(200));
        _fake.Server.Given(Request.Create().WithPath("/2/media/upload/777/finalize").UsingPost())
            .RespondWith(Response.Create().WithBody("""{"data":{"id":"777","media_key":"13_777","size":10,"processing_info":{"state":"pending","check_after_secs":1}}}"""));
        _fake.Server.Given(Request.Create().WithPath("/2/media/upload").WithParam("command", "STATUS").UsingGet())
            .RespondWith(Response.Create().WithBody("""{"data":{"id":"777","processing_info":{"state":"succeeded","progress_percent":100}}}"""));
        Tweets().RespondWith(Response.Create().WithStatusCode(201).WithBody("""{"data":{"id":"9","text":"Musical!"}}"""));

        await Publisher().PublishAsync(PublisherHarness.Request(Channel.X, "Musical!", new MediaReference("v1", MediaKind.Video, "video/mp4")), CancellationToken.None);

        Assert.Equal(
            ["POST /2/media/upload/initialize", "POST /2/media/upload/777/append", "POST /2/media/upload/777/append", "POST /2/media/upload/777/append",
             "POST /2/media/upload/777/finalize", "GET /2/media/upload", "POST /2/tweets"],
            _fake.Calls());
        using var init = JsonDocument.Parse(_fake.Requests()[0].Body!);
        Assert.Equal("video/mp4", init.RootElement.GetProperty("media_type").GetString());
        Assert.Equal(10, init.RootElement.GetProperty("total_bytes").GetInt32());
        Assert.Equal("tweet_video", init.RootElement.GetProperty("media_category").GetString());
        var appends = _fake.Requests("POST", "/2/media/upload/777/append");
        Assert.Equal(["0", "1", "2"], appends.Select(a => PublisherHarness.Part(a, "segment_index")));
        Assert.Equal(["abcd", "efgh", "ij"], appends.Select(a => PublisherHarness.Part(a, "media")));
        Assert.Equal("777", PublisherHarness.Query(_fake.Requests()[5])["media_id"]);
        using var tweet = JsonDocument.Parse(_fake.Requests()[6].Body!);
        Assert.Equal("777", tweet.RootElement.GetProperty("media").GetProperty("media_ids")[0].GetString());
    }

    [Fact]
    public async Task A_video_X_cannot_process_is_a_permanent_failure_and_nothing_is_posted()
    {
        _fake.Media.Add("v1", "video/mp4", [1, 2, 3], MediaKind.Video);
        _fake.Server.Given(Request.Create().WithPath("/2/media/upload/initialize").UsingPost()).RespondWith(Response.Create().WithBody("""{"data":{"id":"778"}}"""));
        _fake.Server.Given(Request.Create().WithPath("/2/media/upload/778/append").UsingPost()).RespondWith(Response.Create().WithStatusCode(200));
        _fake.Server.Given(Request.Create().WithPath("/2/media/upload/778/finalize").UsingPost()).RespondWith(Response.Create().WithBody(
            """{"data":{"id":"778","processing_info":{"state":"failed","error":{"code":1,"name":"InvalidMedia","message":"Invalid or Unsupported media, Reason: UnsupportedMedia."}}}}"""));

        var error = await Assert.ThrowsAsync<PublishException>(() => Publisher().PublishAsync(
            PublisherHarness.Request(Channel.X, "Musical!", new MediaReference("v1", MediaKind.Video, "video/mp4")), CancellationToken.None));

        Assert.False(error.IsTransient);
        Assert.Contains("UnsupportedMedia", error.Message, StringComparison.Ordinal);
        Assert.Empty(_fake.Requests("POST", "/2/tweets"));
    }

    [Fact]
    public async Task Duplicate_content_means_an_earlier_attempt_succeeded_and_that_post_is_returned()
    {
        Tweets().RespondWith(Response.Create().WithStatusCode(403).WithBody(
            """{"detail":"You are not allowed to create a Tweet with duplicate content.","type":"about:blank","title":"Forbidden","status":403}"""));
        _fake.Server.Given(Request.Create().WithPath("/2/users/99/tweets").UsingGet())
            .RespondWith(Response.Create().WithBody("""{"data":[{"id":"5","text":"Open dag! https://t.co/abc"}],"meta":{"result_count":1}}"""));

        var post = await Publisher().PublishAsync(PublisherHarness.Request(Channel.X, "Open dag! https://huizermaat.example/open-dag"), CancellationToken.None);

        Assert.Equal("5", post.PostId);
        Assert.Equal(["POST /2/tweets", "GET /2/users/99/tweets"], _fake.Calls());
    }

    [Fact]
    public async Task Rate_limit_is_transient_until_the_reset_X_announces()
    {
        var reset = DateTimeOffset.UtcNow.AddMinutes(15).ToUnixTimeSeconds();
        Tweets().RespondWith(Response.Create().WithStatusCode(429)
            .WithHeader("x-rate-limit-reset", reset.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithBody("""{"title":"Too Many Requests","detail":"Too Many Requests","type":"about:blank","status":429}"""));

        var error = await Assert.ThrowsAsync<PublishException>(() => Publisher().PublishAsync(PublisherHarness.Request(Channel.X, "Hallo"), CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.InRange(error.RetryAfter!.Value, TimeSpan.FromMinutes(13), TimeSpan.FromMinutes(16));
        Assert.Single(_fake.Calls());
    }

    [Fact]
    public async Task A_post_that_times_out_is_an_ambiguous_transient_failure()
    {
        Tweets().RespondWith(Response.Create().WithStatusCode(201).WithDelay(TimeSpan.FromSeconds(1)).WithBody("""{"data":{"id":"1"}}"""));
        var publisher = _fake.Create<XPublisher>(
            ("Publishing:Timeout", "00:00:00.200"),
            ("Publishing:X:ApiUrl", _fake.Url.AbsoluteUri),
            ("Publishing:X:ConsumerKey", "consumer"),
            ("Publishing:X:ConsumerSecret", "consumer-secret"),
            ("Publishing:X:AccessToken", "user-token"),
            ("Publishing:X:AccessTokenSecret", "user-secret"),
            ("Publishing:X:UserId", "99"));

        var error = await Assert.ThrowsAsync<PublishException>(() => publisher.PublishAsync(PublisherHarness.Request(Channel.X, "Hallo"), CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.Contains("may or may not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejected_credentials_are_a_permanent_failure()
    {
        Tweets().RespondWith(Response.Create().WithStatusCode(401).WithBody("""{"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"}"""));

        var error = await Assert.ThrowsAsync<PublishException>(() => Publisher().PublishAsync(PublisherHarness.Request(Channel.X, "Hallo"), CancellationToken.None));

        Assert.False(error.IsTransient);
        Assert.Contains("Publishing:X", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Takedown_deletes_the_post()
    {
        _fake.Server.Given(Request.Create().WithPath("/2/tweets/5").UsingDelete()).RespondWith(Response.Create().WithBody("""{"data":{"deleted":true}}"""));

        await Publisher().DeleteAsync(new PublishedPost(Channel.X, "5", new Uri("https://x.com/i/web/status/5")), CancellationToken.None);

        Assert.Equal(["DELETE /2/tweets/5"], _fake.Calls());
    }

    private WireMock.Server.IRespondWithAProvider Tweets() => _fake.Server.Given(Request.Create().WithPath("/2/tweets").UsingPost());

    private XPublisher Publisher() => _fake.Create<XPublisher>(
        ("Publishing:X:ApiUrl", _fake.Url.AbsoluteUri),
        ("Publishing:X:ConsumerKey", "consumer"),
        ("Publishing:X:ConsumerSecret", "consumer-secret"),
        ("Publishing:X:AccessToken", "user-token"),
        ("Publishing:X:AccessTokenSecret", "user-secret"),
        ("Publishing:X:UserId", "99"),
        ("Publishing:X:VideoChunkBytes", "4"),
        ("Publishing:X:MaxStatusPollDelay", "00:00:00.010"));
}
