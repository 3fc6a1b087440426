using Huizermaat.Approval.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Huizermaat.Approval.Browser.Tests;

/// <summary>
/// Each person's journey through the app, on a 390 px phone and on a laptop, in Chromium against the local host: the
/// author writes a post and contests a wrong block, the manager reads the approval page and approves on Te beoordelen,
/// the parent consents and later withdraws, the author follows it all on the status page and Mijn berichten, and the
/// operator opens Beheer. Every page is checked for sideways scrolling, page errors and internal English.
/// </summary>
public sealed class JourneyTests(AdminApp app, ITestOutputHelper output) : IClassFixture<AdminApp>
{
    private const string Reason = "Dit is het nummer van de receptie, geen privénummer.";

    public static TheoryData<string> Screens => ["phone", "desktop"];

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Author_manager_parent_and_operator_each_find_what_they_need(string screen)
    {
        var test = $"journey-{screen}";
        var text = $"Open dag op zaterdag ({screen})! Vragen? Bel de receptie: 06 98765432.";
        await app.RunAsync(test, output, async session =>
        {
            var page = session.Page;

            // The author writes the post; the check blocks the phone number, which she contests.
            await page.GotoAsync($"dev/login?as={Uri.EscapeDataString(FlowPeople.AuthorEmail)}&terug=/berichten/nieuw");
            var form = new NewDraftForm(page);
            await Expect(page.Locator("#signed-in")).ToContainTextAsync("Anna de Vries");
            await form.Text.FillAsync(text);
            await form.Capacity("Namens Huizermaat (officieel account)").CheckAsync();
            await form.Channel("Facebook").CheckAsync();
            await form.Acknowledgement.CheckAsync();
            await page.Locator("#media-input").SetInputFilesAsync(new FilePayload { Name = "open-dag.png", MimeType = "image/png", Buffer = TinyPng.Create(64, 48, 30, 120, 200) });
            var item = page.Locator("#media-list .media-item", new() { HasText = "open-dag.png" });
            await Expect(item.Locator(".status")).ToHaveTextAsync("Geüpload.");
            await item.GetByPlaceholder("Zoek op naam of klas").FillAsync("Sanne");
            await item.GetByRole(AriaRole.Button, new() { Name = "Sanne Bakker (2B)" }).ClickAsync();
            await Expect(item.Locator(".chosen .consent-note")).ToHaveTextAsync("Een ouder of verzorger wordt om toestemming gevraagd; één antwoord is genoeg.");
            await Expect(form.Finding("A.1")).ToHaveClassAsync("finding block");
            await page.GetByRole(AriaRole.Button, new() { Name = "Ter goedkeuring versturen" }).ClickAsync();
            await Expect(page.Locator("#form-error")).ToContainTextAsync("rood punt");
            await form.Finding("A.1").GetByRole(AriaRole.Button, new() { Name = "Klopt niet? Betwisten" }).ClickAsync();
            await form.Finding("A.1").GetByLabel("Waarom klopt deze bevinding niet?").FillAsync(Reason);
            await form.Finding("A.1").GetByRole(AriaRole.Button, new() { Name = "Betwisting opslaan" }).ClickAsync();
            await Expect(form.Finding("A.1")).ToHaveClassAsync("finding block contested");
            await PageCheck.LooksRightAsync(session, "1-form");
            await page.GetByRole(AriaRole.Button, new() { Name = "Ter goedkeuring versturen" }).ClickAsync();
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/berichten/[0-9a-f]{32}$"));
            var statusUrl = page.Url;
            await ApprovalFlowTests.WaitForStateAsync(page, statusUrl, "awaiting-approvals");
            await Expect(page.Locator(".explain").First).ToHaveTextAsync("Het bericht wacht op goedkeuring van Mark Jansen en toestemming voor Sanne Bakker (van Peter Bakker).");
            await Expect(page.Locator("#media img")).ToBeVisibleAsync();
            await PageCheck.LooksRightAsync(session, "2-status-waiting");
            await page.GotoAsync("berichten");
            await Expect(page.Locator("#my-drafts tr", new() { HasText = $"Open dag op zaterdag ({screen})" })).ToContainTextAsync("Mark Jansen en Peter Bakker");
            await PageCheck.LooksRightAsync(session, "3-mijn-berichten");

            // The manager reads the approval page the mail links to, then approves on Te beoordelen.
            await ApprovalFlowTests.OpenMailLinkAsync(page, FlowPeople.ManagerEmail);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Goedkeuring gevraagd" })).ToBeVisibleAsync();
            await Expect(page.Locator("#contested-note")).ToBeVisibleAsync();
            await Expect(page.Locator(".finding.contested .contest")).ToContainTextAsync(Reason);
            await Expect(page.Locator(".people-list")).ToContainTextAsync("Sanne Bakker: wacht op het antwoord van een ouder");
            await Expect(page.Locator("#deadline")).ToContainTextAsync("Je kunt antwoorden tot ");
            await Expect(page.Locator("#next-steps")).ToContainTextAsync("meteen geplaatst op Facebook");
            await PageCheck.LooksRightAsync(session, "4-manager-link");
            await page.GotoAsync($"dev/login?as={Uri.EscapeDataString(FlowPeople.ManagerEmail)}&terug=/beoordelen");
            var review = page.Locator(".review", new() { HasText = $"Open dag op zaterdag ({screen})" });
            await Expect(review.Locator(".finding.contested")).ToBeVisibleAsync();
            await PageCheck.LooksRightAsync(session, "5-te-beoordelen");
            await review.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }).ClickAsync();
            await Expect(page.Locator("#done")).ToHaveTextAsync("Je hebt het bericht goedgekeurd. De auteur krijgt bericht.");

            // The parent sees the photo of his daughter, until when, and consents.
            await ApprovalFlowTests.OpenMailLinkAsync(page, FlowPeople.ParentEmail);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Toestemming gevraagd" })).ToBeVisibleAsync();
            await Expect(page.Locator("#deadline")).ToContainTextAsync("U kunt antwoorden tot ");
            await Expect(page.Locator("#guardians")).ToHaveTextAsync("Het antwoord van één ouder of verzorger van Sanne Bakker is genoeg.");
            await Expect(page.Locator("#ask")).ToContainTextAsync("Anna de Vries (anna.devries@huizermaat.nl)");
            await Expect(page.Locator(".link-media li")).ToHaveCountAsync(1);
            await PageCheck.LooksRightAsync(session, "6-parent");
            await page.GetByRole(AriaRole.Button, new() { Name = "Ik geef toestemming" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dank u wel" })).ToBeVisibleAsync();
            await PageCheck.LooksRightAsync(session, "7-parent-thanks");

            // The author sees the post online, with a working link to it.
            await page.GotoAsync($"dev/login?as={Uri.EscapeDataString(FlowPeople.AuthorEmail)}&terug=/berichten");
            await ApprovalFlowTests.WaitForStateAsync(page, statusUrl, "published");
            await Expect(page.Locator(".explain").First).ToContainTextAsync("Het bericht staat online op Facebook, sinds ");
            await PageCheck.LooksRightAsync(session, "8-status-published");
            await page.GetByRole(AriaRole.Link, new() { Name = "bekijk het bericht" }).ClickAsync();
            await Expect(page.Locator("#published-post .post-text")).ToHaveTextAsync(text);
            await PageCheck.LooksRightAsync(session, "9-development-post");

            // The parent changes his mind: the page says where the post is, asks to confirm, and takes it down.
            await ApprovalFlowTests.OpenMailLinkAsync(page, FlowPeople.ParentEmail);
            await Expect(page.Locator("#online")).ToBeVisibleAsync();
            await Expect(page.Locator("#given .channels-list")).ToContainTextAsync("Facebook, sinds ");
            await PageCheck.LooksRightAsync(session, "10-parent-online");
            await page.GetByRole(AriaRole.Button, new() { Name = "Toestemming intrekken" }).ClickAsync();
            await Expect(page.Locator("#confirm-withdrawal")).ToHaveTextAsync("Weet u het zeker? Het bericht wordt dan van Facebook verwijderd.");
            await PageCheck.LooksRightAsync(session, "11-parent-confirm");
            await page.GetByRole(AriaRole.Button, new() { Name = "Ja, trek de toestemming in" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Toestemming ingetrokken" })).ToBeVisibleAsync();

            await page.GotoAsync($"dev/login?as={Uri.EscapeDataString(FlowPeople.AuthorEmail)}&terug=/berichten");
            await ApprovalFlowTests.WaitForStateAsync(page, statusUrl, "taken-down");
            await Expect(page.Locator("#approvals tr[data-state=withdrawn]")).ToContainTextAsync("Ingetrokken");
            await PageCheck.LooksRightAsync(session, "12-status-taken-down");

            // The operator opens Beheer and the post's history (its wording is the Beheer pages' own work).
            await page.GotoAsync($"dev/login?as={Uri.EscapeDataString(FlowPeople.OtherAuthorEmail)}&terug=/beheer");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Beheer", Exact = true })).ToBeVisibleAsync();
            await Expect(page.Locator("#contested")).ToContainTextAsync("06 98765432");
            await Expect(page.Locator("#instances a.opening", new() { HasText = $"Open dag op zaterdag ({screen})" })).ToBeVisibleAsync();
            await PageCheck.LooksRightAsync(session, "13-beheer");
            await page.Locator("#instances a.opening", new() { HasText = $"Open dag op zaterdag ({screen})" }).ClickAsync();
            var history = page.Locator("#audit");
            await Expect(history).ToContainTextAsync("Anna de Vries betwist de bevinding A.1");
            await Expect(history).ToContainTextAsync("Mark Jansen keurt het bericht goed (versie 1).");
            await Expect(history).ToContainTextAsync("Geplaatst op Facebook.");
            await Expect(history).ToContainTextAsync("Verwijderd van Facebook.");
            await PageCheck.LooksRightAsync(session, "14-beheer-history");
            await page.GetByRole(AriaRole.Link, new() { Name = "Planning", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Planning", Exact = true })).ToBeVisibleAsync();
            await PageCheck.LooksRightAsync(session, "15-planning");
        }, screen == "phone" ? FlowApp<AdminApp.OperatorFlowHost>.Phone : FlowApp<AdminApp.OperatorFlowHost>.Desktop);
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task An_approved_personal_post_ends_with_its_text_to_copy_and_post_yourself(string screen)
    {
        await app.RunAsync($"personal-{screen}", output, async session =>
        {
            var page = session.Page;
            await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
            await page.GotoAsync($"dev/login?as={Uri.EscapeDataString(FlowPeople.AuthorEmail)}&terug=/berichten/nieuw");
            var form = new NewDraftForm(page);
            await form.Text.FillAsync($"Trots op mijn klas na de sportdag op school ({screen})!");
            await form.Capacity("Op persoonlijke titel").CheckAsync();
            await form.Channel("X").CheckAsync();
            await form.Acknowledgement.CheckAsync();
            await form.Finding("C.2").GetByRole(AriaRole.Button, new() { NameRegex = new("^Voeg toe") }).ClickAsync();
            await Expect(form.Finding("C.2")).ToHaveCountAsync(0);
            // For X the check offers the short disclaimer (once it has seen the channel).
            await form.Finding("C.3").GetByRole(AriaRole.Button, new() { NameRegex = new("^Voeg toe: .Eigen mening") }).ClickAsync();
            await Expect(form.Findings).ToContainTextAsync("Geen bevindingen");
            await page.GetByRole(AriaRole.Button, new() { Name = "Ter goedkeuring versturen" }).ClickAsync();
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/berichten/[0-9a-f]{32}$"));

            await ApprovalFlowTests.WaitForStateAsync(page, page.Url, "approved");
            await Expect(page.Locator("#state")).ToContainTextAsync("Goedgekeurd: plaats het zelf");
            await Expect(page.Locator("#post-text")).ToContainTextAsync("Eigen mening, los van Huizermaat; niet verantwoordelijk voor derden.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Tekst kopiëren" }).ClickAsync();
            await Expect(page.Locator("#copied")).Not.ToBeEmptyAsync();
            await PageCheck.LooksRightAsync(session, "approved-personal");
        }, screen == "phone" ? FlowApp<AdminApp.OperatorFlowHost>.Phone : FlowApp<AdminApp.OperatorFlowHost>.Desktop);
    }
}
