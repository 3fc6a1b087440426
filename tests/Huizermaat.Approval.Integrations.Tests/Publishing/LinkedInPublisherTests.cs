using System.Text.Json;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Integrations.Publishing.LinkedIn;
using Huizermaat.Approval.Publishing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace Huizermaat.Approval.Integrations.Tests.Publishing;

public sealed class LinkedInPublisherTests : IDisposable
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 7, 7, 0xFF, 0xD9];
    private readonly PublisherHarness _fake = new();

    public LinkedInPublisherTests() => _fake.Media.Add("p1", "image/jpeg", Jpeg);

    public void Dispose() => _fake.Dispose();

    [Fact]
    public async Task Uploads_the_image_first_then_creates_the_organisation_post()
    {
        _fake.Server.Given(Request.Create().WithPath("/rest/images").WithParam("action", "initializeUpload").UsingPost())
            .RespondWith(Response.Create().WithBody($$$"""{"value":{"uploadUrlExpiresAt":1764000000000,"uploadUrl":"{{{_fake.Url}}}dms-uploads/abc","image":"urn:li:image:C4E10AQ"}}"""));
        _fake.Server.Given(Request.Create().WithPath("/dms-uploads/abc").UsingPut()).RespondWith(Response.Create().WithStatusCode(201));
        _fake.Server.Given(Request.Create().WithPath("/rest/images/urn:li:image:C4E10AQ").UsingGet()).InScenario("img").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithBody("""{"id":"urn:li:image:C4E10AQ","status":"PROCESSING"}"""));
        _fake.Server.Given(Request.Create().WithPath("/rest/images/urn:li:image:C4E10AQ").UsingGet()).InScenario("img").WhenStateIs("ok")
            .RespondWith(Response.Create().WithBody("""{"id":"urn:li:image:C4E10AQ","status":"AVAILABLE"}"""));
        Posts().RespondWith(Response.Create().WithStatusCode(201).WithHeader("x-restli-id", "urn:li:share:7100"));

        var post = await Publisher().PublishAsync(
            PublisherHarness.Request(Channel.LinkedIn, "Open dag (zaterdag) #huizermaat", new MediaReference("p1", MediaKind.Photo, "image/jpeg")), CancellationToken.None);

        Assert.Equal(new PublishedPost(Channel.LinkedIn, "urn:li:share:7100", new Uri("https://www.linkedin.com/feed/update/urn:li:share:7100/")), post);
        Assert.Equal(
            ["POST /rest/images", "PUT /dms-uploads/abc", "GET /rest/images/urn:li:image:C4E10AQ", "GET /rest/images/urn:li:image:C4E10AQ", "POST /rest/posts"],
            _fake.Calls());
        var requests = _fake.Requests();
        Assert.All(requests, r => Assert.Equal("Bearer li-token", r.Headers!["Authorization"].Single()));
        Assert.All(requests.Where(r => r.Path.StartsWith("/rest/", StringComparison.Ordinal)), r =>
        {
            Assert.Equal("202510", r.Headers!["LinkedIn-Version"].Single());
            Assert.Equal("2.0.0", r.Headers["X-Restli-Protocol-Version"].Single());
        });
        using var init = JsonDocument.Parse(requests[0].Body!);
        Assert.Equal("urn:li:organization:5515", init.RootElement.GetProperty("initializeUploadRequest").GetProperty("owner").GetString());
        Assert.Equal(Jpeg, requests[1].BodyAsBytes);
        using var body = JsonDocument.Parse(requests[4].Body!);
        var root = body.RootElement;
        Assert.Equal("urn:li:organization:5515", root.GetProperty("author").GetString());
        Assert.Equal(@"Open dag \(zaterdag\) \#huizermaat", root.GetProperty("commentary").GetString());
        Assert.Equal("PUBLIC", root.GetProperty("visibility").GetString());
        Assert.Equal("MAIN_FEED", root.GetProperty("distribution").GetProperty("feedDistribution").GetString());
        Assert.Equal("PUBLISHED", root.GetProperty("lifecycleState").GetString());
        Assert.Equal("urn:li:image:C4E10AQ", root.GetProperty("content").GetProperty("media").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_video_is_uploaded_in_the_parts_LinkedIn_asks_for_and_finalized_with_their_ETags()
    {
        var video = Enumerable.Range(0, 10).Select(i => (byte)i).ToArray();
        _fake.Media.Add("v1", "video/mp4", video, MediaKind.Video);
        _fake.Server.Given(Request.Create().WithPath("/rest/videos").WithParam("action", "initializeUpload").UsingPost())
            .RespondWith(Response.Create().WithBody($$$"""
                {"value":{"uploadUrlsExpireAt":1764000000000,"video":"urn:li:video:C5F10AQ","uploadToken":"",
                  "uploadInstructions":[{"uploadUrl":"{{{_fake.Url}}}upload/part1","firstByte":0,"lastByte":5},{"uploadUrl":"{{{_fake.Url}}}upload/part2","firstByte":6,"lastByte":9}]}}
                """));
        _fake.Server.Given(Request.Create().WithPath("/upload/part1").UsingPut()).RespondWith(Response.Create().WithStatusCode(200).WithHeader("ETag", "/AQHetag1"));
        _fake.Server.Given(Request.Create().WithPath("/upload/part2").UsingPut()).RespondWith(Response.Create().WithStatusCode(200).WithHeader("ETag", "/AQHetag2"));
        _fake.Server.Given(Request.Create().WithPath("/rest/videos").WithParam("action", "finalizeUpload").UsingPost()).RespondWith(Response.Create().WithStatusCode(200));
        _fake.Server.Given(Request.Create().WithPath("/rest/videos/urn:li:video:C5F10AQ").UsingGet())
            .RespondWith(Response.Create().WithBody("""{"id":"urn:li:video:C5F10AQ","status":"AVAILABLE"}"""));
        Posts().RespondWith(Response.Create().WithStatusCode(201).WithHeader("x-restli-id", "urn:li:share:7200"));

        await Publisher().PublishAsync(PublisherHarness.Request(Channel.LinkedIn, "Musical!", new MediaReference("v1", MediaKind.Video, "video/mp4")), CancellationToken.None);

        Assert.Equal(["POST /rest/videos", "PUT /upload/part1", "PUT /upload/part2", "POST /rest/videos", "GET /rest/videos/urn:li:video:C5F10AQ", "POST /rest/posts"], _fake.Calls());
        using var init = JsonDocument.Parse(_fake.Requests()[0].Body!);
        Assert.Equal(10, init.RootElement.GetProperty("initializeUploadRequest").GetProperty("fileSizeBytes").GetInt32());
        Assert.Equal(video[..6], _fake.Requests()[1].BodyAsBytes);
        Assert.Equal(video[6..], _fake.Requests()[2].BodyAsBytes);
        using var finalize = JsonDocument.Parse(_fake.Requests()[3].Body!);
        var request = finalize.RootElement.GetProperty("finalizeUploadRequest");
        Assert.Equal("urn:li:video:C5F10AQ", request.GetProperty("video").GetString());
        Assert.Equal(["/AQHetag1", "/AQHetag2"], request.GetProperty("uploadedPartIds").EnumerateArray().Select(e => e.GetString()));
        using var post = JsonDocument.Parse(_fake.Requests()[5].Body!);
        Assert.Equal("urn:li:video:C5F10AQ", post.RootElement.GetProperty("content").GetProperty("media").GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_expired_token_is_a_permanent_failure_saying_a_page_admin_must_sign_in_again()
    {
        Posts().RespondWith(Response.Create().WithStatusCode(401).WithBody(
            """{"status":401,"serviceErrorCode":65602,"code":"EXPIRED_ACCESS_TOKEN","message":"The token used in the request has expired"}"""));

        var error = await Assert.ThrowsAsync<PublishException>(() => Publisher().PublishAsync(PublisherHarness.Request(Channel.LinkedIn, "Hallo"), CancellationToken.None));

        Assert.False(error.IsTransient);
        Assert.Contains("EXPIRED_ACCESS_TOKEN: The token used in the request has expired", error.Message, StringComparison.Ordinal);
        Assert.Contains("sign in again", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_throttled_post_is_transient_and_not_repeated_blindly()
    {
        Posts().RespondWith(Response.Create().WithStatusCode(429).WithBody(
            """{"status":429,"message":"Resource level throttle APPLICATION DAY limit for calls to this resource is reached."}"""));

        var error = await Assert.ThrowsAsync<PublishException>(() => Publisher().PublishAsync(PublisherHarness.Request(Channel.LinkedIn, "Hallo"), CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.Contains("APPLICATION DAY limit", error.Message, StringComparison.Ordinal);
        Assert.Single(_fake.Requests("POST", "/rest/posts"));
    }

    [Fact]
    public async Task Find_matches_the_unescaped_commentary_of_the_organisations_posts()
    {
        _fake.Server.Given(Request.Create().WithPath("/rest/posts").WithParam("q", "author").UsingGet())
            .RespondWith(Response.Create().WithBody("""{"elements":[{"id":"urn:li:share:1","commentary":"Ander bericht"},{"id":"urn:li:share:2","commentary":"Open dag \\(zaterdag\\)"}],"paging":{"start":0,"count":20}}"""));

        var found = await Publisher().FindAsync(PublisherHarness.Request(Channel.LinkedIn, "Open dag (zaterdag)"), CancellationToken.None);

        Assert.Equal("urn:li:share:2", found?.PostId);
        var request = _fake.Requests().Single();
        Assert.Equal("urn:li:organization:5515", PublisherHarness.Query(request)["author"]);
        Assert.Equal("FINDER", request.Headers!["X-RestLi-Method"].Single());
    }

    [Fact]
    public async Task Takedown_deletes_the_post_by_its_urn()
    {
        _fake.Server.Given(Request.Create().UsingDelete()).RespondWith(Response.Create().WithStatusCode(204));

        await Publisher().DeleteAsync(new PublishedPost(Channel.LinkedIn, "urn:li:share:7100", new Uri("https://www.linkedin.com/feed/update/urn:li:share:7100/")), CancellationToken.None);

        Assert.Equal(["DELETE /rest/posts/urn:li:share:7100"], _fake.Calls());
    }

    private WireMock.Server.IRespondWithAProvider Posts() => _fake.Server.Given(Request.Create().WithPath("/rest/posts").UsingPost());

    private LinkedInPublisher Publisher() => _fake.Create<LinkedInPublisher>(
        ("Publishing:LinkedIn:ApiUrl", _fake.Url.AbsoluteUri),
        ("Publishing:LinkedIn:OrganizationId", "5515"),
        ("Publishing:LinkedIn:AccessToken", "li-token"),
        ("Publishing:LinkedIn:ImagePollInterval", "00:00:00.010"));
}
