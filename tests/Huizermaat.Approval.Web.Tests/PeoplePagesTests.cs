using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huizermaat.Approval.People;
using Huizermaat.Approval.Testing;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Huizermaat.Approval.Web.Tests;

/// <summary>
/// The pages each person meets, against the real local host: the author's status page and Mijn berichten, the
/// manager's Te beoordelen, the parent's consent page, in Dutch and by name.
/// </summary>
public sealed class PeoplePagesTests(FlowHost host) : IClassFixture<FlowHost>
{
    [Fact]
    public async Task The_status_page_says_in_Dutch_by_name_who_still_has_to_answer_and_until_when()
    {
        using var anna = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(anna, FlowClient.Draft(await FlowClient.UploadPhotoAsync(anna)));
        await FlowClient.WaitForStateAsync(anna, draftId, "awaiting-approvals");

        var page = await anna.GetStringAsync(new Uri($"berichten/{draftId}", UriKind.Relative));

        Assert.Contains("Het bericht wacht op goedkeuring van Mark Jansen en toestemming voor Sanne Bakker (van Peter Bakker).", page, StringComparison.Ordinal);
        Assert.Contains("Wie niet vóór ", page, StringComparison.Ordinal);
        Assert.Contains($"/api/media/", page, StringComparison.Ordinal); // the photo
        Assert.Contains("Facebook: Nog niet gepubliceerd", page, StringComparison.Ordinal);
        Assert.Contains("Aangemeld als <strong>Anna de Vries</strong>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/dev/logout\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_of_the_development_login_ends_the_session()
    {
        using var anna = await host.ClientAsync(FlowPeople.AuthorEmail);

        using var logout = await anna.GetAsync(new Uri("dev/logout", UriKind.Relative));
        using var after = await anna.GetAsync(new Uri("berichten", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Mijn_berichten_lists_the_start_of_the_text_the_channels_and_who_still_has_to_answer()
    {
        using var anna = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(anna, FlowClient.Draft(await FlowClient.UploadPhotoAsync(anna), "Onze leerlingen wonnen de regionale debatwedstrijd!"));
        await FlowClient.WaitForStateAsync(anna, draftId, "awaiting-approvals");

        var page = await anna.GetStringAsync(new Uri("berichten", UriKind.Relative));
        var row = page[page.IndexOf($"data-draft=\"{draftId}\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];

        Assert.Contains("Onze leerlingen wonnen de regionale debatwedstrijd!", row, StringComparison.Ordinal);
        Assert.Contains("class=\"thumb\"", row, StringComparison.Ordinal);
        Assert.Contains(">Facebook<", row, StringComparison.Ordinal);
        Assert.Contains("Wacht op goedkeuring", row, StringComparison.Ordinal);
        Assert.True(row.Contains("Mark Jansen en Peter Bakker", StringComparison.Ordinal), row);
    }

    [Fact]
    public async Task A_manager_approves_on_Te_beoordelen_once_and_the_mailed_link_then_reads_answered()
    {
        using var anna = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(anna, FlowClient.Draft(await FlowClient.UploadPhotoAsync(anna), "Te beoordelen: het schoolkoor zingt vrijdag."));
        await FlowClient.WaitForStateAsync(anna, draftId, "awaiting-approvals");
        var link = await FlowClient.MailedLinkAsync(anna, draftId, FlowPeople.ManagerEmail);
        using var mark = await host.ClientAsync(FlowPeople.ManagerEmail);
        using var bram = await host.ClientAsync(FlowPeople.OtherAuthorEmail);

        var list = await mark.GetStringAsync(new Uri("beoordelen", UriKind.Relative));
        Assert.Contains($"data-draft=\"{draftId}\"", list, StringComparison.Ordinal);
        Assert.Contains("Te beoordelen: het schoolkoor zingt vrijdag.", list, StringComparison.Ordinal);
        Assert.Contains("Sanne Bakker: <span class=\"consent-state requested\">wacht op het antwoord van een ouder</span>", list, StringComparison.Ordinal);
        Assert.Contains($"/beoordelen/{draftId}/media/", list, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-draft=\"{draftId}\"", await bram.GetStringAsync(new Uri("beoordelen", UriKind.Relative)), StringComparison.Ordinal);

        var bramsOwn = await FlowClient.SubmitAsync(bram, new { text = FlowClient.CleanText, capacity = "official", channels = new[] { "facebook" }, acknowledgedPermanence = true });
        var bramsPage = await bram.GetStringAsync(new Uri($"berichten/{bramsOwn}", UriKind.Relative)); // a page with a form, for his anti-forgery field
        using var byBram = await FlowClient.PostFormAsync(bram, new Uri($"beoordelen/{draftId}", UriKind.Relative), bramsPage, ("decision", "reject"));
        Assert.Equal(HttpStatusCode.Conflict, byBram.StatusCode);
        using var approve = await FlowClient.PostFormAsync(mark, new Uri($"beoordelen/{draftId}", UriKind.Relative), list, ("decision", "approve"), ("comment", "Mooi!"));
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        using var again = await FlowClient.PostFormAsync(mark, new Uri($"beoordelen/{draftId}", UriKind.Relative), list, ("decision", "reject"));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        using var viaMail = await FlowClient.PressAsync(mark, link, "reject");
        Assert.Equal(HttpStatusCode.Conflict, viaMail.StatusCode);
        Assert.Contains("Met deze link is al geantwoord.", await viaMail.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var draft = await WaitForAsync(anna, draftId, d => d.GetProperty("approvals").EnumerateArray().Any(a => a.GetProperty("kind").GetString() == "manager" && a.GetProperty("state").GetString() == "approved"));
        Assert.Equal("Mooi!", draft.GetProperty("approvals").EnumerateArray().Single(a => a.GetProperty("kind").GetString() == "manager").GetProperty("comment").GetString());
    }

    [Fact]
    public async Task A_decision_through_the_mailed_link_leaves_nothing_to_decide_on_Te_beoordelen()
    {
        using var anna = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(anna, FlowClient.Draft(await FlowClient.UploadPhotoAsync(anna)));
        await FlowClient.WaitForStateAsync(anna, draftId, "awaiting-approvals");
        using var mark = await host.ClientAsync(FlowPeople.ManagerEmail);
        var list = await mark.GetStringAsync(new Uri("beoordelen", UriKind.Relative));

        using var viaMail = await FlowClient.PressAsync(mark, await FlowClient.MailedLinkAsync(anna, draftId, FlowPeople.ManagerEmail), "approve");
        using var onPage = await FlowClient.PostFormAsync(mark, new Uri($"beoordelen/{draftId}", UriKind.Relative), list, ("decision", "reject"));

        Assert.Equal(HttpStatusCode.OK, viaMail.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, onPage.StatusCode);
        await WaitForAsync(anna, draftId, d => d.GetProperty("approvals").EnumerateArray().Any(a => a.GetProperty("kind").GetString() == "manager" && a.GetProperty("state").GetString() == "approved"));
    }

    [Fact]
    public async Task A_parent_sees_only_the_photo_their_child_is_in_until_when_that_one_answer_is_enough_and_whom_to_ask()
    {
        using var anna = await host.ClientAsync(FlowPeople.AuthorEmail);
        var withSanne = await FlowClient.UploadPhotoAsync(anna);
        var withNobody = await FlowClient.UploadPhotoAsync(anna);
        var draftId = await FlowClient.SubmitAsync(anna, new
        {
            text = FlowClient.CleanText,
            capacity = "official",
            channels = new[] { "facebook", "instagram" },
            acknowledgedPermanence = true,
            media = new object[]
            {
                new { kind = "photo", fileName = "met-sanne.png", people = new[] { FlowPeople.PupilId }, ownWork = true },
                new { kind = "photo", fileName = "publiek.png", people = Array.Empty<string>(), noIdentifiablePeople = true, ownWork = true },
            },
            mediaIds = new[] { withSanne, withNobody },
        });
        await FlowClient.WaitForStateAsync(anna, draftId, "awaiting-approvals");
        var link = await FlowClient.MailedLinkAsync(anna, draftId, FlowPeople.ParentEmail);
        using var peter = await host.ClientAsync();

        var page = await peter.GetStringAsync(link);
        using var own = await peter.GetAsync(new Uri(link, $"{link.AbsolutePath}/media/{withSanne}"));
        using var other = await peter.GetAsync(new Uri(link, $"{link.AbsolutePath}/media/{withNobody}"));

        Assert.Contains("met-sanne.png", page, StringComparison.Ordinal);
        Assert.DoesNotContain("publiek.png", page, StringComparison.Ordinal);
        Assert.Contains("Geeft u daarvoor toestemming?", page, StringComparison.Ordinal);
        Assert.Contains("U kunt antwoorden tot ", page, StringComparison.Ordinal);
        Assert.Contains("Het antwoord van één ouder of verzorger van Sanne Bakker is genoeg.", page, StringComparison.Ordinal);
        Assert.Contains("Neem contact op met Anna de Vries (anna.devries@huizermaat.nl)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Controle op het protocol", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task A_pupil_of_sixteen_is_asked_directly_and_the_roster_search_says_so()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await host.App.Services.GetRequiredService<RosterStore>().SaveAsync(
            new Roster([new Person("lisa", PersonKind.Pupil, "Lisa Smit", "lisa.smit@leerling.example.nl", today.AddYears(-17), "5V", GuardianIds: ["peter"])], []),
            CancellationToken.None);
        using var anna = await host.ClientAsync(FlowPeople.AuthorEmail);

        var search = await anna.GetFromJsonAsync<JsonElement>(new Uri("api/roster/search?q=Lisa%20Smit", UriKind.Relative));
        var sanne = await anna.GetFromJsonAsync<JsonElement>(new Uri("api/roster/search?q=Sanne", UriKind.Relative));
        var mediaId = await FlowClient.UploadPhotoAsync(anna);
        var draftId = await FlowClient.SubmitAsync(anna, new
        {
            text = FlowClient.CleanText,
            capacity = "official",
            channels = new[] { "facebook" },
            acknowledgedPermanence = true,
            media = new[] { new { kind = "photo", fileName = "debat.png", people = new[] { "lisa" }, ownWork = true } },
            mediaIds = new[] { mediaId },
        });
        await FlowClient.WaitForStateAsync(anna, draftId, "awaiting-approvals");
        var page = await (await host.ClientAsync()).GetStringAsync(await FlowClient.MailedLinkAsync(anna, draftId, "lisa.smit@leerling.example.nl"));

        Assert.Equal("Wordt zelf om toestemming gevraagd (16 jaar of ouder).", Assert.Single(search.EnumerateArray()).GetProperty("consent").GetString());
        Assert.Equal("guardians", Assert.Single(sanne.EnumerateArray()).GetProperty("consentKind").GetString());
        Assert.Contains("Beste Lisa Smit,", page, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"person\">jij</strong> te zien of te horen bent", page, StringComparison.Ordinal);
        Assert.Contains("Je kunt antwoorden tot ", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_publication_the_parent_sees_where_and_since_when_and_withdrawing_asks_first_then_reads_Ingetrokken()
    {
        using var anna = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(anna, FlowClient.Draft(await FlowClient.UploadPhotoAsync(anna)));
        await FlowClient.WaitForStateAsync(anna, draftId, "awaiting-approvals");
        var parentLink = await FlowClient.MailedLinkAsync(anna, draftId, FlowPeople.ParentEmail);
        using var peter = await host.ClientAsync();
        using var mark = await host.ClientAsync();
        using (await FlowClient.PressAsync(mark, await FlowClient.MailedLinkAsync(anna, draftId, FlowPeople.ManagerEmail), "approve"))
        using (await FlowClient.PressAsync(peter, parentLink, "approve"))
        {
        }

        var published = await FlowClient.WaitForStateAsync(anna, draftId, "published");
        var page = await peter.GetStringAsync(parentLink);
        Assert.Contains("Het bericht staat online:", page, StringComparison.Ordinal);
        Assert.Contains("Facebook, sinds ", page, StringComparison.Ordinal);
        Assert.Contains(Assert.Single(published.GetProperty("channels").EnumerateArray()).GetProperty("url").GetString()!, page, StringComparison.Ordinal);

        using var ask = await FlowClient.PressAsync(peter, parentLink, "withdraw-consent");
        var confirmation = await ask.Content.ReadAsStringAsync();
        Assert.Contains("Weet u het zeker? Het bericht wordt dan van Facebook verwijderd.", confirmation, StringComparison.Ordinal);
        Assert.Equal("published", (await anna.GetFromJsonAsync<JsonElement>(new Uri($"api/drafts/{draftId}", UriKind.Relative))).GetProperty("state").GetString());

        using var withdraw = await FlowClient.PostFormAsync(peter, parentLink, confirmation, ("decision", "withdraw-consent"), ("bevestigd", "ja"), ("comment", "Liever niet online."));
        Assert.Contains("Uw toestemming is ingetrokken.", await withdraw.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var down = await FlowClient.WaitForStateAsync(anna, draftId, "taken-down");
        Assert.Equal("withdrawn", down.GetProperty("approvals").EnumerateArray().Single(a => a.GetProperty("kind").GetString() == "consent").GetProperty("state").GetString());
        var status = await anna.GetStringAsync(new Uri($"berichten/{draftId}", UriKind.Relative));
        Assert.Contains("<td data-label=\"Status\">Ingetrokken</td>", status, StringComparison.Ordinal);
        Assert.Contains("Peter Bakker heeft de toestemming voor Sanne Bakker ingetrokken: \u201cLiever niet online.\u201d", status, StringComparison.Ordinal);
        var takedown = await MailAsync(anna, draftId, "Takedown");
        Assert.Contains("> " + FlowClient.CleanText, takedown.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_author_revises_a_rejected_draft_from_its_status_page()
    {
        using var anna = await host.ClientAsync(FlowPeople.AuthorEmail);
        var mediaId = await FlowClient.UploadPhotoAsync(anna);
        var draftId = await FlowClient.SubmitAsync(anna, FlowClient.Draft(mediaId));
        await FlowClient.WaitForStateAsync(anna, draftId, "awaiting-approvals");
        using var mark = await host.ClientAsync();
        using (await FlowClient.PressAsync(mark, await FlowClient.MailedLinkAsync(anna, draftId, FlowPeople.ManagerEmail), "reject", "Noem de datum."))
        {
        }

        await FlowClient.WaitForStateAsync(anna, draftId, "rejected");
        var page = await anna.GetStringAsync(new Uri($"berichten/{draftId}", UriKind.Relative));
        Assert.Contains("Mark Jansen heeft het bericht afgekeurd: \u201cNoem de datum.\u201d", page, StringComparison.Ordinal);
        Assert.Contains("id=\"revise\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"withdraw\"", page, StringComparison.Ordinal);

        using var revise = await anna.PostAsJsonAsync(new Uri($"api/drafts/{draftId}/revisions", UriKind.Relative), FlowClient.Draft(mediaId, "De open dag is op zaterdag 14 maart!"));
        Assert.Equal(HttpStatusCode.Accepted, revise.StatusCode);
        var revised = await WaitForAsync(anna, draftId, d => d.GetProperty("revision").GetInt32() == 2 && d.GetProperty("state").GetString() == "awaiting-approvals");
        Assert.All(revised.GetProperty("approvals").EnumerateArray(), a => Assert.Equal("requested", a.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task The_author_takes_a_published_post_down_after_confirming_and_the_sink_page_shows_it_deleted()
    {
        using var anna = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(anna, FlowClient.Draft(await FlowClient.UploadPhotoAsync(anna), "Dit bericht gaat zo weer offline."));
        await FlowClient.WaitForStateAsync(anna, draftId, "awaiting-approvals");
        using var other = await host.ClientAsync();
        using (await FlowClient.PressAsync(other, await FlowClient.MailedLinkAsync(anna, draftId, FlowPeople.ManagerEmail), "approve"))
        using (await FlowClient.PressAsync(other, await FlowClient.MailedLinkAsync(anna, draftId, FlowPeople.ParentEmail), "approve"))
        {
        }

        var published = await FlowClient.WaitForStateAsync(anna, draftId, "published");
        var post = new Uri(Assert.Single(published.GetProperty("channels").EnumerateArray()).GetProperty("url").GetString()!);
        var sink = await other.GetStringAsync(post);
        Assert.Contains("Dit bericht gaat zo weer offline.", sink, StringComparison.Ordinal);
        Assert.Contains("Huizermaat op Facebook · geplaatst op ", sink, StringComparison.Ordinal);
        var status = await anna.GetStringAsync(new Uri($"berichten/{draftId}", UriKind.Relative));
        Assert.Contains("Het bericht staat online op Facebook, sinds ", status, StringComparison.Ordinal);

        using var unconfirmed = await FlowClient.PostFormAsync(anna, new Uri($"berichten/{draftId}/verwijderen", UriKind.Relative), status, ("reden", "Foutje."));
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        using var bram = await host.ClientAsync(FlowPeople.OtherAuthorEmail);
        var bramsOwn = await FlowClient.SubmitAsync(bram, new { text = FlowClient.CleanText, capacity = "official", channels = new[] { "facebook" }, acknowledgedPermanence = true });
        var bramsPage = await bram.GetStringAsync(new Uri($"berichten/{bramsOwn}", UriKind.Relative)); // a page with a form, for his anti-forgery field
        using var notTheirs = await FlowClient.PostFormAsync(bram, new Uri($"berichten/{draftId}/verwijderen", UriKind.Relative), bramsPage, ("bevestigd", "ja"));
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
        using var takeDown = await FlowClient.PostFormAsync(anna, new Uri($"berichten/{draftId}/verwijderen", UriKind.Relative), status, ("reden", "Foutje."), ("bevestigd", "ja"));
        Assert.Equal(HttpStatusCode.Redirect, takeDown.StatusCode);

        await FlowClient.WaitForStateAsync(anna, draftId, "taken-down");
        Assert.Contains("Je hebt het bericht verwijderd: \u201cFoutje.\u201d", await anna.GetStringAsync(new Uri($"berichten/{draftId}", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("id=\"deleted\"", await other.GetStringAsync(post), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_contested_block_reaches_the_manager_highlighted_with_the_reason()
    {
        const string Text = "Vragen over de open dag? Bel 06 98765432.";
        using var anna = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(anna, new
        {
            text = Text,
            capacity = "official",
            channels = new[] { "facebook" },
            acknowledgedPermanence = true,
            contests = new[] { new { rule = "A.1", quote = "06 98765432", reason = "Dit is de mobiele telefoon van de receptie." } },
        });

        await FlowClient.WaitForStateAsync(anna, draftId, "awaiting-approvals");
        var page = await (await host.ClientAsync()).GetStringAsync(await FlowClient.MailedLinkAsync(anna, draftId, FlowPeople.ManagerEmail));

        Assert.Contains("id=\"contested-note\"", page, StringComparison.Ordinal);
        Assert.Contains("class=\"finding block contested\" data-rule=\"A.1\"", page, StringComparison.Ordinal);
        Assert.Contains("<strong>Betwist door de auteur:</strong> Dit is de mobiele telefoon van de receptie.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_contest_of_a_hard_block_is_refused_with_a_Dutch_message()
    {
        using var anna = await host.ClientAsync(FlowPeople.AuthorEmail);

        using var response = await anna.PostAsJsonAsync(new Uri("api/drafts", UriKind.Relative), new
        {
            text = FlowClient.CleanText,
            capacity = "official",
            channels = new[] { "facebook" },
            contests = new[] { new { rule = "A.4", reason = "Weet ik." } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("\"A.4\" cannot be contested", body.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("message").GetString()));
    }

    private static async Task<JsonElement> MailAsync(HttpClient client, string draftId, string kind)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var mails = await client.GetFromJsonAsync<JsonElement>(new Uri("api/dev/mailbox", UriKind.Relative));
            var mail = mails.EnumerateArray().LastOrDefault(m => m.GetProperty("draftId").GetString() == draftId && m.GetProperty("kind").GetString() == kind);
            if (mail.ValueKind == JsonValueKind.Object)
            {
                return mail;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No {kind} mail about draft {draftId} arrived.");
            }

            await Task.Delay(250);
        }
    }

    private static async Task<JsonElement> WaitForAsync(HttpClient client, string draftId, Func<JsonElement, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var draft = await client.GetFromJsonAsync<JsonElement>(new Uri($"api/drafts/{draftId}", UriKind.Relative));
            if (condition(draft))
            {
                return draft;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Draft {draftId} never got there: {draft}");
            }

            await Task.Delay(250);
        }
    }
}
