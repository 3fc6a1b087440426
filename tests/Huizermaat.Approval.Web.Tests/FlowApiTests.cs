using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using Huizermaat.Approval.Hosting;
using Huizermaat.Approval.Hosting.Storage;
using Huizermaat.Approval.Integrations.Media;
using Huizermaat.Approval.Testing;
using Huizermaat.Approval.Web.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Web.Tests;

/// <summary>
/// The HTTP API and the link pages against the real local host on Azurite (one host for the class): every refusal
/// is clear, changes nothing, and shows no one anything that is not theirs.
/// </summary>
public sealed class FlowApiTests(FlowHost host) : IClassFixture<FlowHost>
{
    [Theory]
    [InlineData("POST", "api/drafts")]
    [InlineData("POST", "api/media")]
    [InlineData("POST", "api/check")]
    [InlineData("GET", "api/roster/search?q=sanne")]
    [InlineData("GET", "api/drafts/0123456789abcdef0123456789abcdef")]
    public async Task Staff_apis_answer_401_with_a_Dutch_message_to_someone_not_signed_in(string method, string path)
    {
        using var client = await host.ClientAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? new StringContent("{}", Encoding.UTF8, "application/json") : null };
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Je bent niet aangemeld.", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Staff_pages_show_a_Dutch_sign_in_page_listing_the_staff_to_someone_not_signed_in()
    {
        using var client = await host.ClientAsync();
        using var response = await client.GetAsync(new Uri("berichten", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Je bent niet aangemeld", html, StringComparison.Ordinal);
        Assert.Contains("/dev/login?as=anna.devries%40huizermaat.nl", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_as_an_unknown_address_says_so_in_Dutch_and_signs_nobody_in()
    {
        using var client = await host.ClientAsync();
        using var login = await client.GetAsync(new Uri("dev/login?as=nobody@example.nl", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, login.StatusCode);
        Assert.Contains("Er is geen personeelslid met het e-mailadres", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var after = await client.GetAsync(new Uri("api/roster/search?q=sanne", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task A_forged_login_cookie_signs_nobody_in()
    {
        using var client = await host.ClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/roster/search?q=sanne");
        request.Headers.Add("Cookie", "huizermaat-login=CfDJ8forged");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_easy_auth_header_is_not_trusted_outside_easy_auth_mode()
    {
        using var client = await host.ClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/roster/search?q=sanne");
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", WebApp.Principal(FlowPeople.AuthorEmail, "Anna de Vries"));
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_login_made_on_one_instance_is_honoured_by_another_sharing_the_storage_account()
    {
        var cookies = new CookieContainer();
        using (var login = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = host.Address })
        {
            using var response = await login.GetAsync(new Uri($"dev/login?as={FlowPeople.AuthorEmail}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        // A second instance: its own container and key manager, the same storage account.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Auth:Mode"] = "Development" }).Build();
        var environment = new HostingEnvironment { EnvironmentName = Environments.Development };
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(host.App.Services.GetRequiredService<BlobServiceClient>())
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(environment);
        services.AddHuizermaatApp(configuration, environment);
        await using var other = services.BuildServiceProvider();
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = cookies.GetCookieHeader(host.Address);
        var resolver = other.GetRequiredService<CurrentUserResolver>();

        Assert.Equal("anna", resolver.Resolve(context.Request)?.PersonId);
        var keys = 0;
        await foreach (var _ in host.App.Services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(StorageLayout.DataProtectionContainer).GetBlobsAsync())
        {
            keys++;
        }

        Assert.True(keys > 0, "The key ring is not in the storage account.");
    }

    [Fact]
    public async Task Mijn_berichten_lists_the_authors_own_drafts_only()
    {
        using var anna = await host.ClientAsync(FlowPeople.AuthorEmail);
        using var bram = await host.ClientAsync(FlowPeople.OtherAuthorEmail);
        var draftId = await FlowClient.SubmitAsync(anna, FlowClient.Draft(await FlowClient.UploadPhotoAsync(anna)));
        await FlowClient.WaitForStateAsync(anna, draftId, "awaiting-approvals");

        var own = await anna.GetStringAsync(new Uri("berichten", UriKind.Relative));
        var other = await bram.GetStringAsync(new Uri("berichten", UriKind.Relative));

        Assert.Contains($"/berichten/{draftId}", own, StringComparison.Ordinal);
        Assert.Contains("Wacht op goedkeuring", own, StringComparison.Ordinal);
        Assert.DoesNotContain(draftId, other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_shows_only_the_photos_of_its_own_draft()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        var shown = await FlowClient.UploadPhotoAsync(client);
        var unrelated = await FlowClient.UploadPhotoAsync(client);
        var draftId = await FlowClient.SubmitAsync(client, FlowClient.Draft(shown));
        await FlowClient.WaitForStateAsync(client, draftId, "awaiting-approvals");
        var link = await FlowClient.MailedLinkAsync(client, draftId, FlowPeople.ManagerEmail);
        var token = link.Segments[^1];
        using var manager = await host.ClientAsync();

        using var own = await manager.GetAsync(new Uri($"link/{token}/media/{shown}", UriKind.Relative));
        using var other = await manager.GetAsync(new Uri($"link/{token}/media/{unrelated}", UriKind.Relative));
        using var none = await manager.GetAsync(new Uri($"api/media/{shown}/thumbnail", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    }

    [Fact]
    public async Task The_roster_search_finds_pupils_by_name_and_class_but_no_guardians()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);

        var byName = await client.GetFromJsonAsync<JsonElement>(new Uri("api/roster/search?q=bakker", UriKind.Relative));
        var byClass = await client.GetFromJsonAsync<JsonElement>(new Uri("api/roster/search?q=2b", UriKind.Relative));

        var ids = byName.EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        Assert.Contains("sanne", ids);
        Assert.DoesNotContain("peter", ids); // Peter Bakker is a guardian: never shown in media by this form
        Assert.Equal("2B", byName.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "sanne").GetProperty("className").GetString());
        Assert.Contains("sanne", byClass.EnumerateArray().Select(p => p.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("{oops", "not valid JSON")]
    [InlineData("[1,2]", "must be a JSON object")]
    [InlineData("{\"text\":\"Hallo\",\"channels\":[\"myspace\"]}", "unknown channel")]
    [InlineData("{\"text\":\"Hallo\",\"media\":[{\"kind\":\"photo\"}],\"mediaIds\":[]}", "aligned")]
    [InlineData("{\"text\":\"Hallo\",\"publishAt\":\"morgen\"}", "ISO 8601")]
    public async Task An_invalid_draft_is_refused_with_400_naming_the_problem(string json, string problem)
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        using var response = await client.PostAsync(new Uri("api/drafts", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(problem, body.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task An_oversized_text_is_refused_and_an_oversized_body_gets_413()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);

        using var longText = await client.PostAsJsonAsync(new Uri("api/drafts", UriKind.Relative), new { text = new string('a', 70_000) });
        using var hugeBody = await client.PostAsJsonAsync(new Uri("api/drafts", UriKind.Relative), new { text = "a", padding = new string('a', 600_000) });

        Assert.Equal(HttpStatusCode.BadRequest, longText.StatusCode);
        Assert.Contains("at most 65,536", await longText.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, hugeBody.StatusCode);
    }

    [Fact]
    public async Task A_50_MB_upload_is_refused_with_413_in_Dutch_and_nothing_is_stored()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        var bytes = new byte[50 * 1024 * 1024];
        TinyPng.Create(8, 8, 1, 2, 3).CopyTo(bytes, 0); // a PNG header, then 50 MB
        using var content = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "groot.png" } };
        var before = await StoredMediaCountAsync();

        using var response = await client.PostAsync(new Uri("api/media", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Het bestand is te groot: maximaal 25 MB.", body.GetProperty("message").GetString());
        Assert.Equal(before, await StoredMediaCountAsync());
    }

    [Fact]
    public async Task An_upload_cut_off_halfway_or_in_a_part_with_another_name_is_refused_in_Dutch_and_nothing_is_stored()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        var photo = TinyPng.Create(32, 24, 200, 80, 40);
        byte[] cutOff = [.. "--grens\r\nContent-Disposition: form-data; name=\"file\"; filename=\"foto.png\"\r\n\r\n"u8, .. photo];
        using var truncated = new ByteArrayContent(cutOff);
        truncated.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=grens");
        using var misnamed = new MultipartFormDataContent { { new ByteArrayContent(photo), "bestand", "foto.png" } };
        var before = await StoredMediaCountAsync();

        using var cut = await client.PostAsync(new Uri("api/media", UriKind.Relative), truncated);
        using var named = await client.PostAsync(new Uri("api/media", UriKind.Relative), misnamed);

        Assert.Equal(HttpStatusCode.BadRequest, cut.StatusCode);
        Assert.Equal("Het bestand kon niet worden gelezen.", (await cut.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, named.StatusCode);
        Assert.Equal("Kies een bestand om te uploaden.", (await named.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
        Assert.Equal(before, await StoredMediaCountAsync());
    }

    [Fact]
    public async Task A_program_renamed_to_jpg_is_refused_with_400_in_Dutch()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        byte[] program = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, .. new byte[512]];
        var file = new ByteArrayContent(program);
        file.Headers.ContentType = new("image/jpeg");
        using var content = new MultipartFormDataContent { { file, "file", "klassenfoto.jpg" } };

        using var response = await client.PostAsync(new Uri("api/media", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Dit bestandstype wordt niet ondersteund", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_ids_are_404()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);

        using var draft = await client.GetAsync(new Uri("api/drafts/0123456789abcdef0123456789abcdef", UriKind.Relative));
        using var page = await client.GetAsync(new Uri("berichten/0123456789abcdef0123456789abcdef", UriKind.Relative));
        using var thumbnail = await client.GetAsync(new Uri("api/media/0123456789abcdef0123456789abcdef/thumbnail", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("Dit bericht bestaat niet of is niet van jou.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, thumbnail.StatusCode);
    }

    [Fact]
    public async Task Someone_elses_draft_and_photo_are_404_to_another_teacher()
    {
        using var anna = await host.ClientAsync(FlowPeople.AuthorEmail);
        using var bram = await host.ClientAsync(FlowPeople.OtherAuthorEmail);
        var mediaId = await FlowClient.UploadPhotoAsync(anna);
        var draftId = await FlowClient.SubmitAsync(anna, FlowClient.Draft(mediaId));

        using var own = await anna.GetAsync(new Uri($"api/drafts/{draftId}", UriKind.Relative));
        using var api = await bram.GetAsync(new Uri($"api/drafts/{draftId}", UriKind.Relative));
        using var page = await bram.GetAsync(new Uri($"berichten/{draftId}", UriKind.Relative));
        using var thumbnail = await bram.GetAsync(new Uri($"api/media/{mediaId}/thumbnail", UriKind.Relative));
        using var ownThumbnail = await anna.GetAsync(new Uri($"api/media/{mediaId}/thumbnail", UriKind.Relative));
        using var reuse = await bram.PostAsJsonAsync(new Uri("api/drafts", UriKind.Relative), FlowClient.Draft(mediaId));

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, thumbnail.StatusCode);
        Assert.Equal("image/jpeg", ownThumbnail.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, reuse.StatusCode);
    }

    [Fact]
    public async Task A_draft_with_blocking_findings_is_accepted_in_state_needs_changes_with_its_findings()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        var mediaId = await FlowClient.UploadPhotoAsync(client);

        using var response = await client.PostAsJsonAsync(new Uri("api/drafts", UriKind.Relative), FlowClient.Draft(mediaId, "Bel mij op 06 98765432."));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("needs-changes", body.GetProperty("state").GetString());
        Assert.Contains(body.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "A.1" && f.GetProperty("severity").GetString() == "block");
        var draft = await FlowClient.WaitForStateAsync(client, body.GetProperty("id").GetString()!, "needs-changes");
        Assert.Contains(draft.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "A.1");
        Assert.Empty(draft.GetProperty("approvals").EnumerateArray());
    }

    [Fact]
    public async Task Html_and_script_in_every_field_are_shown_as_text_on_the_status_link_and_mailbox_pages()
    {
        const string Script = "<script>alert('x')</script>";
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        var mediaId = await FlowClient.UploadPhotoAsync(client);
        var draftId = await FlowClient.SubmitAsync(client, FlowClient.Draft(mediaId, $"Open dag {Script} bij ons.", $"<img src=x onerror=alert(1)>.png", "<b>Piet</b>"));
        await FlowClient.WaitForStateAsync(client, draftId, "awaiting-approvals");
        var link = await FlowClient.MailedLinkAsync(client, draftId, FlowPeople.ManagerEmail);

        foreach (var html in new[]
        {
            await client.GetStringAsync(new Uri($"berichten/{draftId}", UriKind.Relative)),
            await client.GetStringAsync(link),
            await client.GetStringAsync(new Uri("dev/mailbox", UriKind.Relative)),
        })
        {
            Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>Piet", html, StringComparison.Ordinal);
        }

        Assert.Contains("&lt;script&gt;", await client.GetStringAsync(link), StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;.png", await client.GetStringAsync(link), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_a_link_any_number_of_times_changes_nothing()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(client, FlowClient.Draft(await FlowClient.UploadPhotoAsync(client)));
        var before = await FlowClient.WaitForStateAsync(client, draftId, "awaiting-approvals");
        var link = await FlowClient.MailedLinkAsync(client, draftId, FlowPeople.ManagerEmail);
        using var scanner = await host.ClientAsync();

        for (var i = 0; i < 3; i++)
        {
            using var response = await scanner.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var head = await scanner.SendAsync(new HttpRequestMessage(HttpMethod.Head, link));
        }

        await Task.Delay(1500); // an event raised by a GET would have been handled by now
        var after = await client.GetFromJsonAsync<JsonElement>(new Uri($"api/drafts/{draftId}", UriKind.Relative));
        Assert.Equal("awaiting-approvals", after.GetProperty("state").GetString());
        Assert.Equal(before.GetProperty("approvals").ToString(), after.GetProperty("approvals").ToString());
        Assert.All(after.GetProperty("approvals").EnumerateArray(), a => Assert.Equal("requested", a.GetProperty("state").GetString()));
    }

    [Theory]
    [InlineData("link/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("link/not-a-token")]
    [InlineData("link/%3Cscript%3E")]
    public async Task A_forged_token_gets_a_clear_Dutch_page(string path)
    {
        using var client = await host.ClientAsync();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Deze link is niet geldig.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task A_decision_without_the_anti_forgery_token_is_refused_and_changes_nothing()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(client, FlowClient.Draft(await FlowClient.UploadPhotoAsync(client)));
        await FlowClient.WaitForStateAsync(client, draftId, "awaiting-approvals");
        var link = await FlowClient.MailedLinkAsync(client, draftId, FlowPeople.ManagerEmail);
        using var attacker = await host.ClientAsync();

        using var response = await attacker.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["decision"] = "reject" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Dit formulier is verlopen", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var page = await attacker.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode); // still usable by its owner
    }

    [Fact]
    public async Task A_used_link_cannot_decide_again_and_a_consent_link_decides_only_its_own_step()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(client, FlowClient.Draft(await FlowClient.UploadPhotoAsync(client)));
        await FlowClient.WaitForStateAsync(client, draftId, "awaiting-approvals");
        var parentLink = await FlowClient.MailedLinkAsync(client, draftId, FlowPeople.ParentEmail);
        using var parent = await host.ClientAsync();

        using var first = await FlowClient.PressAsync(parent, parentLink, "approve", "Prima!");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("U heeft toestemming gegeven.", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The same link now offers only to take the consent back; a second "no" through a replayed form is refused.
        var page = await parent.GetStringAsync(parentLink);
        Assert.Contains("Toestemming intrekken", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Ik geef geen toestemming", page, StringComparison.Ordinal);
        using var replay = await FlowClient.PressAsync(parent, parentLink, "reject");
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);

        var draft = await WaitForApprovalAsync(client, draftId, "consent", "approved");
        Assert.Equal("awaiting-approvals", draft.GetProperty("state").GetString());
        var manager = Assert.Single(draft.GetProperty("approvals").EnumerateArray(), a => a.GetProperty("kind").GetString() == "manager");
        Assert.Equal("requested", manager.GetProperty("state").GetString());
        Assert.Equal("Prima!", Assert.Single(draft.GetProperty("approvals").EnumerateArray(), a => a.GetProperty("kind").GetString() == "consent").GetProperty("comment").GetString());
    }

    [Fact]
    public async Task A_manager_link_used_twice_answers_already_used_and_keeps_the_first_answer()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(client, FlowClient.Draft(await FlowClient.UploadPhotoAsync(client)));
        await FlowClient.WaitForStateAsync(client, draftId, "awaiting-approvals");
        var link = await FlowClient.MailedLinkAsync(client, draftId, FlowPeople.ManagerEmail);
        using var manager = await host.ClientAsync();
        using var other = await host.ClientAsync();
        var page = await other.GetStringAsync(link); // opened in a second tab before the first answer

        using var first = await FlowClient.PressAsync(manager, link, "approve");
        using var second = await FlowClient.PostFormAsync(other, link, page, ("decision", "reject"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("Met deze link is al geantwoord.", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var draft = await WaitForApprovalAsync(client, draftId, "manager", "approved");
        Assert.Equal("awaiting-approvals", draft.GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_link_of_a_withdrawn_draft_changes_nothing()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(client, FlowClient.Draft(await FlowClient.UploadPhotoAsync(client)));
        await FlowClient.WaitForStateAsync(client, draftId, "awaiting-approvals");
        var link = await FlowClient.MailedLinkAsync(client, draftId, FlowPeople.ManagerEmail);
        using var manager = await host.ClientAsync();
        var form = await manager.GetStringAsync(link);

        var statusPage = await client.GetStringAsync(new Uri($"berichten/{draftId}", UriKind.Relative));
        using var withdraw = await FlowClient.PostFormAsync(client, new Uri($"berichten/{draftId}/intrekken", UriKind.Relative), statusPage);
        Assert.Equal(HttpStatusCode.Redirect, withdraw.StatusCode);
        await FlowClient.WaitForStateAsync(client, draftId, "withdrawn");

        using var page = await manager.GetAsync(link);
        using var late = await FlowClient.PostFormAsync(manager, link, form, ("decision", "approve"));

        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("Over dit bericht hoeft niet meer beslist te worden.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        var draft = await client.GetFromJsonAsync<JsonElement>(new Uri($"api/drafts/{draftId}", UriKind.Relative));
        Assert.Equal("withdrawn", draft.GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_revision_voids_the_links_sent_for_the_earlier_version_and_asks_again()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        var mediaId = await FlowClient.UploadPhotoAsync(client);
        var draftId = await FlowClient.SubmitAsync(client, FlowClient.Draft(mediaId));
        await FlowClient.WaitForStateAsync(client, draftId, "awaiting-approvals");
        var oldLink = await FlowClient.MailedLinkAsync(client, draftId, FlowPeople.ManagerEmail);
        using var manager = await host.ClientAsync();
        var oldForm = await manager.GetStringAsync(oldLink);

        using var revise = await client.PostAsJsonAsync(new Uri($"api/drafts/{draftId}/revisions", UriKind.Relative), FlowClient.Draft(mediaId, "Wat een mooie open dag was het!"));
        Assert.Equal(HttpStatusCode.Accepted, revise.StatusCode);
        var revised = await WaitForRevisionAsync(client, draftId, 2);
        var newLink = await FlowClient.MailedLinkAsync(client, draftId, FlowPeople.ManagerEmail);

        using var page = await manager.GetAsync(oldLink);
        using var late = await FlowClient.PostFormAsync(manager, oldLink, oldForm, ("decision", "approve"));

        Assert.NotEqual(oldLink, newLink);
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("Link hoort bij een oudere versie", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        Assert.Equal("awaiting-approvals", revised.GetProperty("state").GetString());
        Assert.All(revised.GetProperty("approvals").EnumerateArray(), a => Assert.Equal("requested", a.GetProperty("state").GetString()));
        Assert.Contains("Wat een mooie open dag was het!", await manager.GetStringAsync(newLink), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_else_cannot_revise_a_draft()
    {
        using var anna = await host.ClientAsync(FlowPeople.AuthorEmail);
        using var bram = await host.ClientAsync(FlowPeople.OtherAuthorEmail);
        var draftId = await FlowClient.SubmitAsync(anna, FlowClient.Draft(await FlowClient.UploadPhotoAsync(anna)));

        using var response = await bram.PostAsJsonAsync(new Uri($"api/drafts/{draftId}/revisions", UriKind.Relative), new { text = "Overgenomen!" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_parent_who_withdraws_consent_before_publication_stops_the_post()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(client, FlowClient.Draft(await FlowClient.UploadPhotoAsync(client)));
        await FlowClient.WaitForStateAsync(client, draftId, "awaiting-approvals");
        var link = await FlowClient.MailedLinkAsync(client, draftId, FlowPeople.ParentEmail);
        using var parent = await host.ClientAsync();
        using var consent = await FlowClient.PressAsync(parent, link, "approve");
        await WaitForApprovalAsync(client, draftId, "consent", "approved");

        using var withdraw = await WithdrawConsentAsync(parent, link, "Liever niet.");

        Assert.Equal(HttpStatusCode.OK, withdraw.StatusCode);
        Assert.Contains("Uw toestemming is ingetrokken.", await withdraw.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var draft = await FlowClient.WaitForStateAsync(client, draftId, "consent-refused");
        Assert.Contains("Liever niet.", draft.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_parent_who_withdraws_consent_after_publication_has_the_post_taken_down()
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(client, FlowClient.Draft(await FlowClient.UploadPhotoAsync(client)));
        await FlowClient.WaitForStateAsync(client, draftId, "awaiting-approvals");
        using var manager = await host.ClientAsync();
        using var parent = await host.ClientAsync();
        var parentLink = await FlowClient.MailedLinkAsync(client, draftId, FlowPeople.ParentEmail);
        using (await FlowClient.PressAsync(manager, await FlowClient.MailedLinkAsync(client, draftId, FlowPeople.ManagerEmail), "approve"))
        using (await FlowClient.PressAsync(parent, parentLink, "approve"))
        {
        }

        await FlowClient.WaitForStateAsync(client, draftId, "published");
        using var withdraw = await WithdrawConsentAsync(parent, parentLink, "Toch liever niet.");

        Assert.Equal(HttpStatusCode.OK, withdraw.StatusCode);
        Assert.Contains("wordt van alle kanalen verwijderd", await withdraw.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var draft = await FlowClient.WaitForStateAsync(client, draftId, "taken-down");
        Assert.Equal("taken-down", Assert.Single(draft.GetProperty("channels").EnumerateArray()).GetProperty("state").GetString());
        using var again = await parent.GetAsync(parentLink);
        Assert.NotEqual(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task The_development_apis_show_the_mailbox_the_roster_and_what_was_published()
    {
        using var client = await host.ClientAsync();

        var roster = await client.GetFromJsonAsync<JsonElement>(new Uri("api/dev/roster", UriKind.Relative));
        var published = await client.GetFromJsonAsync<JsonElement>(new Uri("api/dev/published", UriKind.Relative));
        var mailbox = await client.GetFromJsonAsync<JsonElement>(new Uri("api/dev/mailbox", UriKind.Relative));

        var sanne = Assert.Single(roster.EnumerateArray(), p => p.GetProperty("id").GetString() == FlowPeople.PupilId);
        Assert.Equal("pupil", sanne.GetProperty("kind").GetString());
        Assert.Equal(["peter"], sanne.GetProperty("guardianIds").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal(JsonValueKind.Object, published.ValueKind);
        Assert.True(published.TryGetProperty("facebook", out _));
        Assert.Equal(JsonValueKind.Array, mailbox.ValueKind);
    }

    private static async Task<JsonElement> WaitForRevisionAsync(HttpClient client, string draftId, int revision)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var draft = await client.GetFromJsonAsync<JsonElement>(new Uri($"api/drafts/{draftId}", UriKind.Relative));
            if (draft.GetProperty("revision").GetInt32() == revision && draft.GetProperty("state").GetString() == "awaiting-approvals"
                && draft.GetProperty("approvals").GetArrayLength() > 0)
            {
                return draft;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Draft {draftId} did not reach revision {revision}: {draft}");
            await Task.Delay(250);
        }
    }

    /// <summary>Presses "Toestemming intrekken" on a consent link, then confirms on the page that asks "Weet u het zeker?".</summary>
    private static async Task<HttpResponseMessage> WithdrawConsentAsync(HttpClient parent, Uri link, string reason)
    {
        using var ask = await FlowClient.PressAsync(parent, link, "withdraw-consent", reason);
        var confirmation = await ask.Content.ReadAsStringAsync();
        Assert.Contains("Weet u het zeker?", confirmation, StringComparison.Ordinal);
        return await FlowClient.PostFormAsync(parent, link, confirmation, ("decision", "withdraw-consent"), ("bevestigd", "ja"), ("comment", reason));
    }

    private static async Task<JsonElement> WaitForApprovalAsync(HttpClient client, string draftId, string kind, string state)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var draft = await client.GetFromJsonAsync<JsonElement>(new Uri($"api/drafts/{draftId}", UriKind.Relative));
            if (draft.GetProperty("approvals").EnumerateArray().Any(a => a.GetProperty("kind").GetString() == kind && a.GetProperty("state").GetString() == state))
            {
                return draft;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The {kind} approval of {draftId} did not become {state}: {draft}");
            await Task.Delay(250);
        }
    }

    private async Task<int> StoredMediaCountAsync()
    {
        var container = host.App.Services.GetRequiredService<BlobServiceClient>()
            .GetBlobContainerClient(host.App.Services.GetRequiredService<IOptions<BlobMediaStoreOptions>>().Value.ContainerName);
        var count = 0;
        if (await container.ExistsAsync())
        {
            await foreach (var _ in container.GetBlobsAsync())
            {
                count++;
            }
        }

        return count;
    }
}
