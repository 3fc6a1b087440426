using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.People;
using Huizermaat.Approval.Testing;
using Huizermaat.Approval.Web.Admin;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Huizermaat.Approval.Web.Tests;

/// <summary>Beheer against the real local host on Azurite: who gets in, what the dashboard shows, the audit export, the roster import, retry and afhandelen.</summary>
public sealed partial class AdminPagesTests(OperatorHost host) : IClassFixture<OperatorHost>
{
    private const string UnknownDraft = "0123456789abcdef0123456789abcdef";

    [Theory]
    [InlineData("beheer")]
    [InlineData("beheer/berichten/" + UnknownDraft)]
    [InlineData("beheer/berichten/" + UnknownDraft + "/audit.csv")]
    [InlineData("beheer/roster")]
    public async Task Beheer_shows_the_sign_in_page_with_401_to_someone_not_signed_in(string path)
    {
        using var client = await host.ClientAsync();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Je bent niet aangemeld", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("beheer")]
    [InlineData("beheer/berichten/" + UnknownDraft)]
    [InlineData("beheer/berichten/" + UnknownDraft + "/audit.csv")]
    [InlineData("beheer/roster")]
    public async Task Beheer_refuses_staff_who_are_not_operators_with_a_Dutch_403_page(string path)
    {
        using var client = await host.ClientAsync(FlowPeople.AuthorEmail);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Beheer is alleen voor het communicatieteam", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_who_are_not_operators_cannot_import_a_roster_nor_retry_nor_mark_handled()
    {
        using var staff = await host.ClientAsync(FlowPeople.AuthorEmail);
        var before = await RosterAsync();

        using var import = await staff.PostAsync(new Uri("beheer/roster", UriKind.Relative), RosterUpload("", Csv.Replace("Chris", "Christiaan", StringComparison.Ordinal)));
        using var retry = await staff.PostAsync(new Uri($"beheer/berichten/{UnknownDraft}/opnieuw", UriKind.Relative), new FormUrlEncodedContent([]));
        using var handle = await staff.PostAsync(new Uri($"beheer/berichten/{UnknownDraft}/afhandelen", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Forbidden, import.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, retry.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, handle.StatusCode);
        Assert.Equal(before.People.Count, (await RosterAsync()).People.Count);
    }

    [Fact]
    public async Task Operator_sees_every_draft_by_stage_with_its_author_and_its_overdue_steps()
    {
        using var author = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(author, FlowClient.Draft(await FlowClient.UploadPhotoAsync(author)));
        await FlowClient.WaitForStateAsync(author, draftId, ApprovalStages.AwaitingApprovals);
        using var admin = await host.ClientAsync(OperatorHost.OperatorEmail);

        // The requests are due a reminder two seconds after they went out; nobody answers.
        var html = await WaitForPageAsync(admin, "beheer", page => Section(page, "overdue").Contains(draftId, StringComparison.Ordinal));

        var row = Row(Section(html, "instances"), draftId);
        Assert.Contains($">{FlowClient.CleanText}</a>", row, StringComparison.Ordinal);
        Assert.DoesNotContain($">{draftId}<", html, StringComparison.Ordinal);
        Assert.Contains("Anna de Vries", row, StringComparison.Ordinal);
        Assert.Contains("Wacht op goedkeuring", row, StringComparison.Ordinal);
        Assert.Contains("class=\"overdue\"", row, StringComparison.Ordinal);
        Assert.Contains("(2 te laat)", row, StringComparison.Ordinal);
        var overdue = Section(html, "overdue");
        Assert.Contains("Mark Jansen", overdue, StringComparison.Ordinal);
        Assert.Contains("Peter Bakker", overdue, StringComparison.Ordinal);

        var waiting = await admin.GetStringAsync(new Uri("beheer?status=awaiting-approvals", UriKind.Relative));
        var published = await admin.GetStringAsync(new Uri("beheer?status=published", UriKind.Relative));
        Assert.Contains(draftId, Section(waiting, "instances"), StringComparison.Ordinal);
        Assert.DoesNotContain(draftId, Section(published, "instances"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Beheer_counts_contested_blocks_per_rule_and_word_and_the_audit_trail_holds_the_reason()
    {
        using var author = await host.ClientAsync(FlowPeople.AuthorEmail);
        object Contested(string reason) => new
        {
            text = "Bel voor vragen naar 06 11223344.",
            capacity = "official",
            channels = new[] { "facebook" },
            acknowledgedPermanence = true,
            contests = new[] { new { rule = "A.1", quote = "06 11223344", reason } },
        };
        var first = await FlowClient.SubmitAsync(author, Contested("Het nummer van de conciërge."));
        var second = await FlowClient.SubmitAsync(author, Contested("Dit is de schooltelefoon."));
        await FlowClient.WaitForStateAsync(author, first, ApprovalStages.AwaitingApprovals);
        await FlowClient.WaitForStateAsync(author, second, ApprovalStages.AwaitingApprovals);
        using var admin = await host.ClientAsync(OperatorHost.OperatorEmail);

        var contested = Section(await admin.GetStringAsync(new Uri("beheer", UriKind.Relative)), "contested");
        var audit = await admin.GetStringAsync(new Uri($"beheer/berichten/{second}", UriKind.Relative));

        Assert.Contains("<td data-label=\"Woord\">06 11223344</td>", contested, StringComparison.Ordinal);
        Assert.Matches("<td data-label=\"Aantal\">([2-9]|\\d\\d+)</td>", contested);
        var history = Section(audit, "audit");
        Assert.Contains("Anna de Vries betwist de bevinding A.1 over \u201c06 11223344\u201d.", history, StringComparison.Ordinal);
        Assert.Contains("Reden: \u201cDit is de schooltelefoon.\u201d", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_drafts_page_tells_its_history_in_Dutch_by_name_with_its_mails_decisions_and_channels_and_no_ids()
    {
        var draftId = await PublishedDraftAsync();
        using var admin = await host.ClientAsync(OperatorHost.OperatorEmail);

        var page = await admin.GetStringAsync(new Uri($"beheer/berichten/{draftId}", UriKind.Relative));

        Assert.Contains($"<h1>{FlowClient.CleanText}</h1>", page, StringComparison.Ordinal);
        var history = Section(page, "audit");
        Assert.Contains("Ingediend door Anna de Vries.", history, StringComparison.Ordinal);
        Assert.Contains("Voor Facebook.", history, StringComparison.Ordinal);
        Assert.Contains("Controle op het protocol van versie 1", history, StringComparison.Ordinal);
        Assert.Contains("E-mail verstuurd: verzoek om goedkeuring.", history, StringComparison.Ordinal);
        Assert.Contains($"Aan Mark Jansen ({FlowPeople.ManagerEmail}).", history, StringComparison.Ordinal);
        Assert.Contains("E-mail verstuurd: verzoek om toestemming voor Sanne Bakker.", history, StringComparison.Ordinal);
        Assert.Contains("E-mail verstuurd: herinnering: verzoek om toestemming voor Sanne Bakker.", history, StringComparison.Ordinal);
        Assert.Contains("Mark Jansen keurt het bericht goed (versie 1).", history, StringComparison.Ordinal);
        Assert.Contains("Peter Bakker geeft toestemming voor Sanne Bakker (versie 1).", history, StringComparison.Ordinal);
        Assert.Contains("Geplaatst op Facebook.", history, StringComparison.Ordinal);
        Assert.Contains("Het bericht staat online.", history, StringComparison.Ordinal);
        Assert.Matches(@"<span class=""when"">\d{1,2} [a-z]{3} \d{4} \d{2}:\d{2}</span>", history);
        // Addresses may hold ids (the development sink's post address does): what a person reads is the rest.
        var text = Regex.Replace(System.Net.WebUtility.HtmlDecode(Regex.Replace(history, "<[^>]+>", " ")), @"\S+@\S+|https?://\S+", " ");
        foreach (var internalWord in new[] { draftId, "system", "consent:", "r1:", "stage:", "decision:", "mail:", "sanne", "mark ", "peter " })
        {
            Assert.DoesNotContain(internalWord, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_CSV_export_opens_in_Dutch_Excel_with_semicolons_Amsterdam_times_and_no_formula_in_any_cell()
    {
        var draftId = await PublishedDraftAsync();
        var log = host.App.Services.GetRequiredService<AuditLog>();
        // Winter time: 12:00 UTC is 13:00 in Amsterdam. Comments a spreadsheet would run as formulas, with quotes and separators.
        var noon = new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);
        await log.AppendAsync(draftId, new AuditEntry("formula", noon, "peter", "decision:refused", "=HYPERLINK(\"http://x.example\";\"klik\")"), CancellationToken.None);
        await log.AppendAsync(draftId, new AuditEntry("formulas", noon.AddSeconds(1), "@SUM(A1)", "+cmd", "-2+3"), CancellationToken.None);
        await log.AppendAsync(draftId, new AuditEntry("tab", noon.AddSeconds(2), "\tx", "\ry", "ok"), CancellationToken.None);
        var entries = await log.ListAsync(draftId, CancellationToken.None);
        using var admin = await host.ClientAsync(OperatorHost.OperatorEmail);

        using var export = await admin.GetAsync(new Uri($"beheer/berichten/{draftId}/audit.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", export.Content.Headers.ContentDisposition?.ToString() ?? string.Empty, StringComparison.Ordinal);
        var bytes = await export.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var body = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        var lines = body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("tijd;wie;wat;actor;actie;details", lines[0]);
        Assert.Equal(entries.Count, lines.Length - 1);
        Assert.Contains(lines, l => l.StartsWith("2026-01-15 13:00:00;Peter Bakker;Geweigerd;peter;decision:refused;", StringComparison.Ordinal)
            && l.EndsWith(";\"'=HYPERLINK(\"\"http://x.example\"\";\"\"klik\"\")\"", StringComparison.Ordinal));
        Assert.Contains("2026-01-15 13:00:01;\"'@SUM(A1)\";\"'+cmd\";\"'@SUM(A1)\";\"'+cmd\";\"'-2+3\"", lines, StringComparer.Ordinal);
        Assert.Contains(lines, l => l.Contains(";Het systeem;Controle op het protocol;system;revision:checked;", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("2026-01-15 13:00:02;\"'\tx\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(";Mark Jansen;Goedgekeurd;mark;decision:approved;", StringComparison.Ordinal));
        Assert.DoesNotMatch(@"(^|;)[=+\-@\t\r]", string.Join('\n', lines.Skip(1)));
        Assert.DoesNotContain("Z;", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Planning_shows_published_posts_per_week_to_operators_and_to_their_author_but_not_to_other_authors()
    {
        var draftId = await PublishedDraftAsync();
        using var admin = await host.ClientAsync(OperatorHost.OperatorEmail);
        using var author = await host.ClientAsync(FlowPeople.AuthorEmail);
        using var other = await host.ClientAsync(FlowPeople.ManagerEmail); // staff, not an operator, not the author

        var operators = await admin.GetStringAsync(new Uri("planning", UriKind.Relative));
        var own = await author.GetStringAsync(new Uri("planning", UriKind.Relative));
        var others = await other.GetStringAsync(new Uri("planning", UriKind.Relative));

        var week = System.Globalization.ISOWeek.GetWeekOfYear(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);
        foreach (var (page, href) in new[] { (operators, $"/beheer/berichten/{draftId}"), (own, $"/berichten/{draftId}") })
        {
            Assert.Contains($"<h2>Week {week} · ", page, StringComparison.Ordinal);
            var item = Regex.Match(page, $@"<li class=""published"" data-draft=""{draftId}"".*?</li>", RegexOptions.Singleline);
            Assert.True(item.Success, "The published post is not on the planning.");
            Assert.Contains($"<a class=\"opening\" href=\"{href}\">{FlowClient.CleanText}</a>", item.Value, StringComparison.Ordinal);
            Assert.Contains("Geplaatst: ", item.Value, StringComparison.Ordinal);
            Assert.Contains("Facebook", item.Value, StringComparison.Ordinal);
        }

        Assert.Contains("Alle ingeplande en geplaatste berichten van de school", operators, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/planning\">Planning</a>", own, StringComparison.Ordinal);
        Assert.DoesNotContain(draftId, others, StringComparison.Ordinal);
        Assert.Contains("Jouw ingeplande en geplaatste berichten", others, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Planning_shows_a_post_with_a_publish_time_in_its_week_first_as_awaiting_approval_then_as_scheduled()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        var publishAt = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(15).AddHours(10), TimeSpan.Zero);
        using var author = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draft = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(FlowClient.Draft(await FlowClient.UploadPhotoAsync(author))))!.AsObject();
        draft["publishAt"] = publishAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var draftId = await FlowClient.SubmitAsync(author, draft);
        await FlowClient.WaitForStateAsync(author, draftId, ApprovalStages.AwaitingApprovals);
        var week = $"<h2>Week {System.Globalization.ISOWeek.GetWeekOfYear(TimeZoneInfo.ConvertTime(publishAt, zone).DateTime)} · ";

        string Item(string page) => Regex.Match(page, $@"<li class=""[a-z-]+"" data-draft=""{draftId}"".*?</li>", RegexOptions.Singleline).Value;
        string WeekOf(string page) => page[page.LastIndexOf("<h2>", page.IndexOf($"data-draft=\"{draftId}\"", StringComparison.Ordinal), StringComparison.Ordinal)..];
        var waiting = await author.GetStringAsync(new Uri("planning", UriKind.Relative));
        Assert.Contains("Ingepland, wacht nog op goedkeuring: ", Item(waiting), StringComparison.Ordinal);
        Assert.StartsWith(week, WeekOf(waiting), StringComparison.Ordinal);

        var reminded = await WaitAsync(async () =>
        {
            var mails = await author.GetFromJsonAsync<JsonElement>(new Uri("api/dev/mailbox", UriKind.Relative));
            return mails.EnumerateArray().Count(m => m.GetProperty("draftId").GetString() == draftId
                && string.Equals(m.GetProperty("kind").GetString(), "reminder", StringComparison.OrdinalIgnoreCase)) >= 2;
        });
        Assert.True(reminded, "The reminders did not go out.");
        using var anonymous = await host.ClientAsync();
        using (await FlowClient.PressAsync(anonymous, await FlowClient.MailedLinkAsync(author, draftId, FlowPeople.ManagerEmail), "approve"))
        using (await FlowClient.PressAsync(anonymous, await FlowClient.MailedLinkAsync(author, draftId, FlowPeople.ParentEmail), "approve"))
        {
        }

        await FlowClient.WaitForStateAsync(author, draftId, ApprovalStages.Scheduled);
        using var admin = await host.ClientAsync(OperatorHost.OperatorEmail);
        var scheduled = await admin.GetStringAsync(new Uri("planning", UriKind.Relative));
        Assert.Contains("Ingepland: ", Item(scheduled), StringComparison.Ordinal);
        Assert.Contains($"<li class=\"scheduled\" data-draft=\"{draftId}\"", scheduled, StringComparison.Ordinal);
        Assert.StartsWith(week, WeekOf(scheduled), StringComparison.Ordinal);
        Assert.Contains("Anna de Vries", Item(scheduled), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Planning_asks_someone_not_signed_in_to_sign_in()
    {
        using var anonymous = await host.ClientAsync();
        using var response = await anonymous.GetAsync(new Uri("planning", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("Week ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_roster_file_names_every_bad_line_in_Dutch_and_imports_nothing()
    {
        using var admin = await host.ClientAsync(OperatorHost.OperatorEmail);
        var before = await RosterAsync();
        var bad = Csv
            + "x1;teacher;Iemand;iemand@huizermaat.nl;;;;;;;;;\n"
            + "x2;pupil;Leerling Zonder Datum;;;1A;;;;;;;\n";

        using var response = await admin.PostAsync(new Uri("beheer/roster", UriKind.Relative), RosterUpload(await TokenAsync(admin, "beheer/roster"), bad));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, html);
        Assert.Contains("Er is niets geïmporteerd", html, StringComparison.Ordinal);
        Assert.Contains("Regel 7: kind \"teacher\" is niet pupil, staff, guardian of other", html, StringComparison.Ordinal);
        Assert.Contains("Regel 8: een leerling heeft een geboortedatum (birthDate) nodig", html, StringComparison.Ordinal);
        var after = await RosterAsync();
        Assert.Equal(before.People.Count, after.People.Count);
        Assert.Null(after.Find("x1"));
        Assert.NotNull(after.Find("anna"));
    }

    [Fact]
    public async Task A_good_roster_file_replaces_the_roster_and_the_page_says_what_was_imported()
    {
        using var admin = await host.ClientAsync(OperatorHost.OperatorEmail);
        var csv = Csv + "chris;staff;Chris Peters;chris.peters@huizermaat.nl;;;mark;;;;;;\n";
        try
        {
            using var response = await admin.PostAsync(new Uri("beheer/roster", UriKind.Relative), RosterUpload(await TokenAsync(admin, "beheer/roster"), csv));
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Geïmporteerd: 6 personen (4 personeel, 1 leerlingen, 1 ouders/verzorgers) en 2 toestemmingen", html, StringComparison.Ordinal);
            Assert.Equal("Chris Peters", (await RosterAsync()).Find("chris")?.Name);
        }
        finally
        {
            await host.App.Services.GetRequiredService<RosterStore>().SaveAsync(FlowPeople.Roster(DateOnly.FromDateTime(DateTime.UtcNow)), CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_roster_upload_without_the_anti_forgery_token_is_refused_and_imports_nothing()
    {
        using var admin = await host.ClientAsync(OperatorHost.OperatorEmail);
        var csv = Csv + "chris;staff;Chris Peters;chris.peters@huizermaat.nl;;;mark;;;;;;\n";

        using var response = await admin.PostAsync(new Uri("beheer/roster", UriKind.Relative), RosterUpload("", csv));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Formulier verlopen", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await RosterAsync()).Find("chris"));
    }

    [Fact]
    public async Task A_roster_file_over_the_size_limit_is_refused_and_imports_nothing()
    {
        using var admin = await host.ClientAsync(OperatorHost.OperatorEmail);
        var huge = Csv + string.Concat(Enumerable.Repeat("# padding padding padding padding padding padding padding\n", 90_000));

        using var response = await admin.PostAsync(new Uri("beheer/roster", UriKind.Relative), RosterUpload(await TokenAsync(admin, "beheer/roster"), huge));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("te groot", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retrying_a_failed_publication_publishes_again_and_is_audited()
    {
        var draftId = await PublishedDraftAsync();
        await FailPublicationAsync(draftId);
        using var admin = await host.ClientAsync(OperatorHost.OperatorEmail);
        var dashboard = await admin.GetStringAsync(new Uri("beheer", UriKind.Relative));
        Assert.Contains(draftId, Section(dashboard, "failures"), StringComparison.Ordinal);

        using var response = await PostAsync(admin, $"beheer/berichten/{draftId}/opnieuw");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var author = await host.ClientAsync(FlowPeople.AuthorEmail);
        var state = await FlowClient.WaitForStateAsync(author, draftId, ApprovalStages.Published);
        Assert.Equal("published", state.GetProperty("channels")[0].GetProperty("state").GetString());
        var audit = await host.App.Services.GetRequiredService<AuditLog>().ListAsync(draftId, CancellationToken.None);
        Assert.Contains(audit, e => e.Action == AdminPagesHandler.RetryAction && e.Actor == OperatorHost.OperatorId && e.Detail!.Contains("facebook", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.Action == "stage:published" && e.Actor == OperatorHost.OperatorId);
        Assert.DoesNotContain(draftId, Section(await admin.GetStringAsync(new Uri("beheer", UriKind.Relative)), "failures"), StringComparison.Ordinal);
        var posts = await author.GetFromJsonAsync<JsonElement>(new Uri("api/dev/published", UriKind.Relative));
        Assert.Single(posts.GetProperty("facebook").EnumerateArray(), p => p.ToString().Contains(draftId, StringComparison.Ordinal));

        // The history tells the retry in Dutch, by name, and the publication after it.
        var history = Section(await admin.GetStringAsync(new Uri($"beheer/berichten/{draftId}", UriKind.Relative)), "audit");
        var retry = history.IndexOf("Bram Visser (beheer) probeert het plaatsen opnieuw op Facebook.", StringComparison.Ordinal);
        Assert.True(retry > 0, "The retry is not in the history.");
        Assert.Contains("Geplaatst op Facebook.", history[retry..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Marking_a_failed_publication_handled_takes_it_off_the_dashboard_changes_nothing_else_and_is_audited()
    {
        var draftId = await PublishedDraftAsync();
        await FailPublicationAsync(draftId);
        using var admin = await host.ClientAsync(OperatorHost.OperatorEmail);

        using var response = await PostAsync(admin, $"beheer/berichten/{draftId}/afhandelen", ("toelichting", "Met de hand geplaatst"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain(draftId, Section(await admin.GetStringAsync(new Uri("beheer", UriKind.Relative)), "failures"), StringComparison.Ordinal);
        Assert.Equal(ApprovalStages.PublishFailed, (await host.App.Services.GetRequiredService<DraftStateStore>().GetAsync(draftId, CancellationToken.None))!.Stage);
        var audit = await host.App.Services.GetRequiredService<AuditLog>().ListAsync(draftId, CancellationToken.None);
        Assert.Contains(audit, e => e.Action == AdminPagesHandler.HandledAction && e.Actor == OperatorHost.OperatorId && e.Detail!.Contains("Met de hand geplaatst", StringComparison.Ordinal));

        using var again = await PostAsync(admin, $"beheer/berichten/{draftId}/afhandelen");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task A_failed_instance_is_listed_and_retrying_restarts_it_and_is_audited()
    {
        var durable = host.App.Services.GetRequiredService<DurableTaskClient>();
        var draftId = Guid.NewGuid().ToString("N");
        // An instance for a revision that was never stored: its first activity fails, and so does the instance.
        await durable.ScheduleNewOrchestrationInstanceAsync(nameof(ApprovalOrchestrator), new ApprovalInput(draftId, 1), new StartOrchestrationOptions(draftId));
        var failed = await durable.WaitForInstanceCompletionAsync(draftId, getInputsAndOutputs: false, new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        Assert.Equal(OrchestrationRuntimeStatus.Failed, failed.RuntimeStatus);
        using var admin = await host.ClientAsync(OperatorHost.OperatorEmail);
        var failures = Section(await admin.GetStringAsync(new Uri("beheer", UriKind.Relative)), "failures");
        Assert.Contains(draftId, failures, StringComparison.Ordinal);
        Assert.Contains("Verwerking mislukt", failures, StringComparison.Ordinal);

        using var response = await PostAsync(admin, $"beheer/berichten/{draftId}/opnieuw");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // While the instance is being recreated the local sidecar's GetInstance may throw; ask again.
        var restarted = await WaitAsync(async () =>
        {
            try
            {
                return await durable.GetInstanceAsync(draftId) is { } i && i.CreatedAt > failed.CreatedAt;
            }
            catch (Grpc.Core.RpcException)
            {
                return false;
            }
        });
        Assert.True(restarted, "The instance was not restarted.");
        var audit = await host.App.Services.GetRequiredService<AuditLog>().ListAsync(draftId, CancellationToken.None);
        Assert.Contains(audit, e => e.Action == AdminPagesHandler.RetryAction && e.Actor == OperatorHost.OperatorId);
    }

    [Fact]
    public async Task Retrying_a_draft_without_failures_is_refused_and_changes_nothing()
    {
        using var author = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(author, FlowClient.Draft(await FlowClient.UploadPhotoAsync(author)));
        await FlowClient.WaitForStateAsync(author, draftId, ApprovalStages.AwaitingApprovals);
        using var admin = await host.ClientAsync(OperatorHost.OperatorEmail);

        using var response = await PostAsync(admin, $"beheer/berichten/{draftId}/opnieuw");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var audit = await host.App.Services.GetRequiredService<AuditLog>().ListAsync(draftId, CancellationToken.None);
        Assert.DoesNotContain(audit, e => e.Action.StartsWith("operator:", StringComparison.Ordinal));
    }

    private const string Csv =
        "id;kind;name;email;birthDate;class;managerId;deputyId;guardianIds;schoolYear;socialMedia;website;schoolgids\n"
        + "anna;staff;Anna de Vries;anna.devries@huizermaat.nl;;;mark;;;;;;\n"
        + "bram;staff;Bram Visser;bram.visser@huizermaat.nl;;;mark;;;;;;\n"
        + "mark;staff;Mark Jansen;mark.jansen@huizermaat.nl;;;;;;;;;\n"
        + "sanne;pupil;Sanne Bakker;;2013-05-01;2B;;;peter;2026-2027;ja;nee;\n"
        + "peter;guardian;Peter Bakker;peter.bakker@example.nl;;;;;;;;;\n";

    private async Task<Roster> RosterAsync() => await host.App.Services.GetRequiredService<RosterStore>().LoadAsync(CancellationToken.None);

    /// <summary>A draft of Anna's, approved by the manager and the parent and published on Facebook.</summary>
    private async Task<string> PublishedDraftAsync()
    {
        using var author = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(author, FlowClient.Draft(await FlowClient.UploadPhotoAsync(author)));

        // This host reminds after two seconds, with fresh links that replace the first: answer after the reminders.
        var reminded = await WaitAsync(async () =>
        {
            var mails = await author.GetFromJsonAsync<JsonElement>(new Uri("api/dev/mailbox", UriKind.Relative));
            return mails.EnumerateArray().Count(m => m.GetProperty("draftId").GetString() == draftId
                && string.Equals(m.GetProperty("kind").GetString(), "reminder", StringComparison.OrdinalIgnoreCase)) >= 2;
        });
        Assert.True(reminded, "The reminders did not go out.");
        using var anonymous = await host.ClientAsync();
        using (await FlowClient.PressAsync(anonymous, await FlowClient.MailedLinkAsync(author, draftId, FlowPeople.ManagerEmail), "approve"))
        using (await FlowClient.PressAsync(anonymous, await FlowClient.MailedLinkAsync(author, draftId, FlowPeople.ParentEmail), "approve"))
        {
        }

        await FlowClient.WaitForStateAsync(author, draftId, ApprovalStages.Published);
        // The instance still mails the author after recording "published": once it has ended, its audit trail is whole.
        using var ended = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await host.App.Services.GetRequiredService<DurableTaskClient>().WaitForInstanceCompletionAsync(draftId, ended.Token);
        return draftId;
    }

    /// <summary>Leaves the read model as a publication that failed after every retry leaves it (the network refused for good).</summary>
    private async Task FailPublicationAsync(string draftId)
    {
        var services = host.App.Services;
        var state = (await services.GetRequiredService<DraftStateStore>().GetAsync(draftId, CancellationToken.None))!;
        var at = DateTimeOffset.UtcNow;
        await services.GetRequiredService<ChannelStore>().SaveAsync(
            new ChannelRecord(draftId, Channel.Facebook.ToName(), state.Revision, ChannelStore.Failed, null, null, "facebook answered 500", at), CancellationToken.None);
        await services.GetRequiredService<DraftStateStore>().SaveAsync(state with { Stage = ApprovalStages.PublishFailed, UpdatedAt = at, Detail = "facebook: facebook answered 500" }, CancellationToken.None);
    }

    /// <summary>Presses a Beheer button as a browser would: with the anti-forgery field a Beheer page holds, and its cookie.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string action, params (string Name, string Value)[] fields) =>
        await FlowClient.PostFormAsync(client, new Uri(action, UriKind.Relative), await client.GetStringAsync(new Uri("beheer/roster", UriKind.Relative)), fields);

    private static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        return WebUtility.HtmlDecode(AntiforgeryValue().Match(html).Groups[1].Value);
    }

    private static MultipartFormDataContent RosterUpload(string token, string csv)
    {
        var content = new MultipartFormDataContent { { new StringContent(token), "__af" } };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new("text/csv");
        content.Add(file, "bestand", "roster.csv");
        return content;
    }

    private static async Task<string> WaitForPageAsync(HttpClient client, string path, Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
            if (done(html) || DateTime.UtcNow > deadline)
            {
                return html;
            }

            await Task.Delay(250);
        }
    }

    private static async Task<bool> WaitAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(250);
        }

        return true;
    }

    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The page has no section {id}.");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    private static string Row(string html, string draftId)
    {
        var start = html.IndexOf($"data-draft=\"{draftId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No row for {draftId}.");
        start = html.LastIndexOf("<tr", start, StringComparison.Ordinal);
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryValue();
}
