using System.Text.Json;
using Huizermaat.Approval.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Huizermaat.Approval.Browser.Tests;

/// <summary>
/// THE flow, in Chromium against the real local host on Azurite: sign in, write a post with a photo of a pupil,
/// see the findings, fix them, submit, approve as the manager and consent as the parent from the development
/// mailbox, and see the post published.
/// </summary>
public sealed class ApprovalFlowTests(FlowApp app, ITestOutputHelper output) : IClassFixture<FlowApp>
{
    private static readonly TimeSpan WorkflowPatience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_teacher_posts_a_photo_of_a_pupil_and_it_is_published_after_the_manager_and_a_parent_approve()
    {
        const string Test = nameof(A_teacher_posts_a_photo_of_a_pupil_and_it_is_published_after_the_manager_and_a_parent_approve);
        await app.RunAsync(Test, output, async session =>
        {
            var page = session.Page;
            // Nobody signed in: the form answers 401 with a sign-in page listing the roster's staff.
            session.ExpectErrorFrom("/berichten/nieuw");
            await page.GotoAsync("berichten/nieuw");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aanmelden" })).ToBeVisibleAsync();
            await session.ScreenshotAsync("1-sign-in");
            await page.GetByRole(AriaRole.Link, new() { Name = "Anna de Vries" }).ClickAsync();

            var form = new NewDraftForm(page);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nieuw bericht" })).ToBeVisibleAsync();
            await form.Text.FillAsync("Wat een mooie open dag! Vragen? Bel mij op 06 98765432.");
            await Expect(form.Finding("A.1")).ToHaveClassAsync("finding block");
            await session.ScreenshotAsync("2-findings");

            await page.Locator("#media-input").SetInputFilesAsync(new FilePayload
            {
                Name = "open-dag.png",
                MimeType = "image/png",
                Buffer = TinyPng.Create(64, 48, 30, 120, 200),
            });
            var item = page.Locator("#media-list .media-item", new() { HasText = "open-dag.png" });
            await Expect(item.Locator(".status")).ToHaveTextAsync("Geüpload.");
            await item.GetByPlaceholder("Zoek op naam of klas").FillAsync("Sanne");
            await item.GetByRole(AriaRole.Button, new() { Name = "Sanne Bakker (2B)" }).ClickAsync();
            await Expect(item.Locator(".chosen")).ToContainTextAsync("Sanne Bakker");

            await form.Capacity("Namens Huizermaat (officieel account)").CheckAsync();
            await form.Channel("Facebook").CheckAsync();
            await form.Acknowledgement.CheckAsync();
            await form.Text.FillAsync("Wat een mooie open dag! Vragen? Bel de school.");
            await Expect(form.Finding("A.1")).ToHaveCountAsync(0);
            await Expect(form.Findings.Locator(".finding.block")).ToHaveCountAsync(0);
            await Expect(form.Preview("facebook").Locator("img")).ToBeVisibleAsync();
            await session.ScreenshotAsync("3-form");

            await page.GetByRole(AriaRole.Button, new() { Name = "Ter goedkeuring versturen" }).ClickAsync();
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/berichten/[0-9a-f]{32}$"));
            var statusUrl = page.Url;
            await WaitForStateAsync(page, statusUrl, "awaiting-approvals");
            await Expect(page.Locator("#approvals")).ToContainTextAsync("Mark Jansen");
            await Expect(page.Locator("#approvals")).ToContainTextAsync("Toestemming voor Sanne Bakker");
            await session.ScreenshotAsync("4-awaiting");

            // The manager's link, from the development mailbox.
            await OpenMailLinkAsync(page, FlowPeople.ManagerEmail);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Goedkeuring gevraagd" })).ToBeVisibleAsync();
            await Expect(page.Locator(".post-text")).ToHaveTextAsync("Wat een mooie open dag! Vragen? Bel de school.");
            await Expect(page.Locator(".link-media img")).ToBeVisibleAsync();
            await session.ScreenshotAsync("5-manager");
            await page.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dank je wel" })).ToBeVisibleAsync();

            // The parent's link names the pupil and the photo she is in.
            await OpenMailLinkAsync(page, FlowPeople.ParentEmail);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Toestemming gevraagd" })).ToBeVisibleAsync();
            await Expect(page.Locator(".asked .person")).ToHaveTextAsync(FlowPeople.PupilName);
            await Expect(page.Locator(".link-media .shows-person")).ToContainTextAsync("open-dag.png");
            await session.ScreenshotAsync("6-parent");
            await page.GetByRole(AriaRole.Button, new() { Name = "Ik geef toestemming" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dank u wel" })).ToBeVisibleAsync();

            await WaitForStateAsync(page, statusUrl, "published");
            await Expect(page.Locator("#channels li[data-state=published]")).ToContainTextAsync("Facebook");
            await session.ScreenshotAsync("7-published");

            var published = await page.APIRequest.GetAsync("api/dev/published");
            using var json = JsonDocument.Parse(await published.TextAsync());
            var posts = json.RootElement.GetProperty("facebook").EnumerateArray().ToList();
            var post = Assert.Single(posts);
            Assert.Equal("Wat een mooie open dag! Vragen? Bel de school.", post.GetProperty("text").GetString());
            Assert.Equal(1, post.GetProperty("attempts").GetInt32());

        });
    }

    [Fact]
    public async Task A_teacher_whose_post_was_rejected_revises_it_from_the_status_page()
    {
        const string Test = nameof(A_teacher_whose_post_was_rejected_revises_it_from_the_status_page);
        await app.RunAsync(Test, output, async session =>
        {
            var page = session.Page;
            await page.GotoAsync($"dev/login?as={Uri.EscapeDataString(FlowPeople.OtherAuthorEmail)}&terug=/berichten/nieuw");
            var form = new NewDraftForm(page);
            await form.Capacity("Namens Huizermaat (officieel account)").CheckAsync();
            await form.Channel("Facebook").CheckAsync();
            await form.Acknowledgement.CheckAsync();
            await form.Text.FillAsync("De open dag was een succes.");
            await Expect(form.Findings).ToContainTextAsync("Geen bevindingen");
            await page.GetByRole(AriaRole.Button, new() { Name = "Ter goedkeuring versturen" }).ClickAsync();
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/berichten/[0-9a-f]{32}$"));
            var statusUrl = page.Url;
            await WaitForStateAsync(page, statusUrl, "awaiting-approvals");

            await OpenMailLinkAsync(page, FlowPeople.ManagerEmail);
            await page.GetByLabel("Opmerking (niet verplicht)").FillAsync("Noem ook de datum van de volgende open dag.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Afkeuren" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dank je wel" })).ToBeVisibleAsync();

            await WaitForStateAsync(page, statusUrl, "rejected");
            await Expect(page.Locator(".explain").First).ToHaveTextAsync("Mark Jansen heeft het bericht afgekeurd: \u201cNoem ook de datum van de volgende open dag.\u201d");
            await session.ScreenshotAsync("1-rejected");

            await page.GetByRole(AriaRole.Link, new() { Name = "Bericht aanpassen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bericht aanpassen" })).ToBeVisibleAsync();
            await Expect(form.Text).ToHaveValueAsync("De open dag was een succes.");
            await Expect(form.Channel("Facebook")).ToBeCheckedAsync();
            await form.Text.FillAsync("De open dag was een succes. De volgende is op 14 maart.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Nieuwe versie versturen" }).ClickAsync();
            await page.WaitForURLAsync(statusUrl);
            await WaitForStateAsync(page, statusUrl, "awaiting-approvals");
            await Expect(page.Locator("#state")).ToContainTextAsync("versie 2");
            await Expect(page.Locator(".post-text")).ToHaveTextAsync("De open dag was een succes. De volgende is op 14 maart.");
            await session.ScreenshotAsync("2-revised");
        });
    }

    /// <summary>Reloads the status page until the draft reaches <paramref name="state"/>.</summary>
    internal static async Task WaitForStateAsync(IPage page, string url, string state)
    {
        var deadline = DateTime.UtcNow + WorkflowPatience;
        while (true)
        {
            await page.GotoAsync(url);
            if (await page.Locator("#state").GetAttributeAsync("data-state") == state)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The draft did not reach {state}; it is {await page.Locator("#state").TextContentAsync()}.");
            }

            await Task.Delay(500);
        }
    }

    /// <summary>Opens the development mailbox and follows the first link of the newest mail to <paramref name="to"/>.</summary>
    internal static async Task OpenMailLinkAsync(IPage page, string to)
    {
        var deadline = DateTime.UtcNow + WorkflowPatience;
        while (true)
        {
            await page.GotoAsync("dev/mailbox");
            var link = page.Locator($"#mailbox .mail[data-to=\"{to}\"] a[href*=\"/link/\"]").First;
            if (await link.CountAsync() > 0)
            {
                await link.ClickAsync();
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No mail with a link to {to} arrived.");
            }

            await Task.Delay(500);
        }
    }
}
