using System.Net;
using System.Net.Http.Json;
using System.Text;
using Huizermaat.Approval.Testing;

namespace Huizermaat.Approval.Web.Tests;

/// <summary>
/// What a page elsewhere, a forwarded link or an oversized post cannot do, against the real local host on Azurite.
/// </summary>
public sealed class AbuseTests(FlowHost host) : IClassFixture<FlowHost>
{
    [Theory]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task A_page_elsewhere_cannot_submit_a_draft_as_the_signed_in_teacher(string header, string value)
    {
        using var anna = await host.ClientAsync(FlowPeople.AuthorEmail);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/drafts") { Content = JsonContent.Create(FlowClient.Draft(await FlowClient.UploadPhotoAsync(anna))) };
        request.Headers.Add(header, value);

        using var response = await anna.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("niet van een pagina van de app", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_posted_as_plain_text_as_a_cross_site_form_would_is_refused()
    {
        using var anna = await host.ClientAsync(FlowPeople.AuthorEmail);
        using var content = new StringContent("""{"text":"Hallo","capacity":"official","channels":["facebook"],"acknowledgedPermanence":true,"media":[]}""", Encoding.UTF8, "text/plain");

        using var response = await anna.PostAsync(new Uri("api/drafts", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task An_upload_from_a_page_elsewhere_is_refused()
    {
        using var anna = await host.ClientAsync(FlowPeople.AuthorEmail);
        using var content = new MultipartFormDataContent { { new ByteArrayContent(TinyPng.Create(8, 8, 1, 2, 3)), "file", "foto.png" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/media") { Content = content };
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await anna.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_apps_own_pages_may_post_with_their_origin()
    {
        using var anna = await host.ClientAsync(FlowPeople.AuthorEmail);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/drafts") { Content = JsonContent.Create(FlowClient.Draft(await FlowClient.UploadPhotoAsync(anna))) };
        request.Headers.Add("Origin", host.Address.GetLeftPart(UriPartial.Authority));
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        using var response = await anna.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task A_link_form_larger_than_an_answer_can_be_is_refused_before_it_is_read()
    {
        using var anna = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(anna, FlowClient.Draft(await FlowClient.UploadPhotoAsync(anna)));
        var link = await FlowClient.MailedLinkAsync(anna, draftId, FlowPeople.ManagerEmail);
        using var manager = await host.ClientAsync();
        using var opened = await manager.GetAsync(link);
        var page = await opened.Content.ReadAsStringAsync();
        Assert.True(opened.IsSuccessStatusCode, page);

        using var response = await FlowClient.PostFormAsync(manager, link, page, ("decision", "approve"), ("comment", new string('x', 100_000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Te veel tekst", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var approvals = await FlowClient.WaitForStateAsync(anna, draftId, "awaiting-approvals");
        Assert.Contains(approvals.GetProperty("approvals").EnumerateArray(), a => a.GetProperty("state").GetString() == "requested");
    }

    [Fact]
    public async Task A_consent_link_shows_only_the_photos_the_child_is_in_and_a_used_link_shows_none()
    {
        using var anna = await host.ClientAsync(FlowPeople.AuthorEmail);
        var withChild = await FlowClient.UploadPhotoAsync(anna);
        var nobody = await FlowClient.UploadPhotoAsync(anna);
        var draftId = await FlowClient.SubmitAsync(anna, new
        {
            text = FlowClient.CleanText,
            capacity = "official",
            channels = new[] { "facebook" },
            acknowledgedPermanence = true,
            media = new object[]
            {
                new { kind = "photo", fileName = "klas.png", people = new[] { FlowPeople.PupilId }, noIdentifiablePeople = false, ownWork = true },
                new { kind = "photo", fileName = "gebouw.png", people = Array.Empty<string>(), noIdentifiablePeople = true, ownWork = true },
            },
            mediaIds = new[] { withChild, nobody },
        });
        var parentLink = await FlowClient.MailedLinkAsync(anna, draftId, FlowPeople.ParentEmail);
        var managerLink = await FlowClient.MailedLinkAsync(anna, draftId, FlowPeople.ManagerEmail);
        using var stranger = await host.ClientAsync();
        var parentToken = parentLink.Segments[^1];
        var managerToken = managerLink.Segments[^1];

        using var child = await stranger.GetAsync(new Uri($"link/{parentToken}/media/{withChild}", UriKind.Relative));
        using var notTheChild = await stranger.GetAsync(new Uri($"link/{parentToken}/media/{nobody}", UriKind.Relative));
        using var managerSeesBoth = await stranger.GetAsync(new Uri($"link/{managerToken}/media/{nobody}", UriKind.Relative));
        (await FlowClient.PressAsync(stranger, managerLink, "reject", "Liever niet.")).Dispose();
        using var afterTheDecision = await stranger.GetAsync(new Uri($"link/{managerToken}/media/{withChild}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, child.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notTheChild.StatusCode);
        Assert.Equal(HttpStatusCode.OK, managerSeesBoth.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterTheDecision.StatusCode);
    }

    [Fact]
    public async Task Mangled_upload_bodies_are_refused_clearly_never_with_a_server_error()
    {
        using var anna = await host.ClientAsync(FlowPeople.AuthorEmail);
        const string Boundary = "----huizermaat-fuzz";
        var valid = Encoding.Latin1.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"foto.png\"\r\nContent-Type: image/png\r\n\r\n")
            .Concat(TinyPng.Create(16, 12, 10, 20, 30))
            .Concat(Encoding.Latin1.GetBytes($"\r\n--{Boundary}--\r\n"))
            .ToArray();
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var s) ? s : 20261201;
        var random = new Random(seed);
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 60; i++)
        {
            var body = (byte[])valid.Clone();
            switch (random.Next(4))
            {
                case 0:
                    for (var flips = random.Next(1, 8); flips > 0; flips--)
                    {
                        body[random.Next(body.Length)] = (byte)random.Next(256);
                    }

                    break;
                case 1:
                    body = body[..random.Next(body.Length)];
                    break;
                case 2:
                    var at = random.Next(body.Length);
                    body = [.. body[..at], .. Enumerable.Repeat((byte)random.Next(256), random.Next(1, 5000)), .. body[at..]];
                    break;
                default:
                    random.NextBytes(body);
                    break;
            }

            using var content = new ByteArrayContent(body);
            content.Headers.TryAddWithoutValidation("Content-Type", random.Next(5) == 0 ? "multipart/form-data" : $"multipart/form-data; boundary={Boundary}");
            using var response = await anna.PostAsync(new Uri("api/media", UriKind.Relative), content);
            Assert.True((int)response.StatusCode < 500, $"Case {i} of seed {seed} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            answers.Add(response.StatusCode);
        }

        Assert.Contains(HttpStatusCode.BadRequest, answers);
    }
}
