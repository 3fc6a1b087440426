using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Huizermaat.Approval.Browser.Tests;

/// <summary>The "Nieuw bericht" form in Chromium: live protocol feedback, counters, previews, the kept draft.</summary>
public sealed class NewDraftPageTests(BrowserApp app, ITestOutputHelper output) : IClassFixture<BrowserApp>
{
    private const string PhoneText = "Vragen over de open dag? Bel Mark: 06 98765432.";

    [Fact]
    public Task A_phone_number_gets_a_blocking_A1_finding_highlighted_over_the_number_until_it_is_removed() =>
        app.RunAsync(nameof(A_phone_number_gets_a_blocking_A1_finding_highlighted_over_the_number_until_it_is_removed), output, async session =>
        {
            var form = await NewDraftForm.OpenAsync(session.Page);
            await form.Capacity("Namens Huizermaat (officieel account)").CheckAsync();
            await form.Channel("X").CheckAsync();
            await form.Acknowledgement.CheckAsync();
            await form.Text.FillAsync(PhoneText);

            var finding = form.Finding("A.1");
            await Expect(finding).ToHaveClassAsync("finding block");
            await Expect(finding.Locator(".text")).ToHaveTextAsync(
                "'06 98765432' is een mobiel nummer. Zet geen telefoonnummers van personen online; verwijs naar de school.");
            await Expect(finding.Locator(".article")).ToHaveTextAsync(
                "Kennis delen mag, maar geen vertrouwelijke of persoonlijke informatie, en niemand schaden.");
            await Expect(form.Highlights).ToHaveTextAsync(["06 98765432"]);
            await Expect(form.Highlights).ToHaveClassAsync("block");
            await AssertLiesInside(form.Highlights, form.Text);
            await session.ScreenshotAsync("findings");

            await form.Text.FillAsync("Vragen over de open dag? Bel de school.");

            await Expect(form.Finding("A.1")).ToHaveCountAsync(0);
            await Expect(form.Highlights).ToHaveCountAsync(0);
            await Expect(form.Findings).ToContainTextAsync("Geen bevindingen");
        });

    [Fact]
    public Task A_late_answer_to_an_older_check_does_not_bring_back_fixed_findings() =>
        app.RunAsync(nameof(A_late_answer_to_an_older_check_does_not_bring_back_fixed_findings), output, async session =>
        {
            var page = session.Page;
            var form = await NewDraftForm.OpenAsync(page);
            await page.RouteAsync("**/api/check", async route =>
            {
                if (route.Request.PostData?.Contains("06 98765432", StringComparison.Ordinal) == true)
                {
                    await Task.Delay(1500); // the server is slow with this one
                }

                await route.ContinueAsync();
            });
            var late = page.WaitForResponseAsync(r => r.Url.EndsWith("/api/check", StringComparison.Ordinal)
                && r.Request.PostData?.Contains("06 98765432", StringComparison.Ordinal) == true);

            await form.Text.FillAsync(PhoneText);
            await page.WaitForRequestAsync("**/api/check");
            var fixedAnswer = page.WaitForResponseAsync(r => r.Url.EndsWith("/api/check", StringComparison.Ordinal)
                && r.Request.PostData?.Contains("Bel de school", StringComparison.Ordinal) == true);
            await form.Text.FillAsync("Vragen over de open dag? Bel de school.");
            await (await fixedAnswer).FinishedAsync();
            await (await late).FinishedAsync();
            await page.EvaluateAsync("() => new Promise(done => setTimeout(done, 100))");

            Assert.Equal(0, await form.Finding("A.1").CountAsync());
            Assert.Equal(0, await form.Highlights.CountAsync());
        });

    [Fact]
    public Task A_file_the_server_refuses_is_marked_as_failed_in_Dutch_and_can_be_removed() =>
        app.RunAsync(nameof(A_file_the_server_refuses_is_marked_as_failed_in_Dutch_and_can_be_removed), output, async session =>
        {
            session.ExpectErrorFrom("/api/media");
            var form = await NewDraftForm.OpenAsync(session.Page);

            // A program renamed to .jpg: whatever the server says, it is no photo.
            await session.Page.Locator("#media-input").SetInputFilesAsync(new FilePayload
            {
                Name = "klassenfoto.jpg",
                MimeType = "image/jpeg",
                Buffer = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0],
            });

            var item = session.Page.Locator("#media-list .media-item", new() { HasText = "klassenfoto.jpg" });
            await Expect(item).ToHaveClassAsync("media-item failed");
            await Expect(item.Locator(".status")).ToHaveTextAsync("Uploaden is mislukt. Probeer het opnieuw of kies een ander bestand.");
            await Expect(item.Locator("progress")).ToBeHiddenAsync();
            await Expect(item.GetByLabel("Niemand is herkenbaar")).ToBeHiddenAsync();
            await session.ScreenshotAsync("upload-failed");

            await item.GetByRole(AriaRole.Button, new() { Name = "Verwijderen" }).ClickAsync();
            await Expect(item).ToHaveCountAsync(0);
        });

    [Fact]
    public Task The_highlight_scrolls_with_the_text() =>
        app.RunAsync(nameof(The_highlight_scrolls_with_the_text), output, async session =>
        {
            var form = await NewDraftForm.OpenAsync(session.Page);
            var lines = string.Concat(Enumerable.Range(1, 20).Select(i => $"Regel {i} van het verslag van de sportdag.\n"));
            await form.Text.FillAsync(lines + PhoneText);
            await form.Text.EvaluateAsync("t => { t.scrollTop = t.scrollHeight; t.dispatchEvent(new Event('scroll')); }");

            await Expect(form.Highlights).ToHaveTextAsync(["06 98765432"]);
            await AssertLiesInside(form.Highlights, form.Text);
            await session.ScreenshotAsync("scrolled", session.Page.Locator(".editor"));
            // The marks lie in a layer behind the text box; it must scroll exactly as far, or they slide off their words.
            var offsets = await session.Page.EvaluateAsync<int[]>(
                "() => [document.getElementById('text').scrollTop, document.querySelector('.editor .backdrop').scrollTop]");
            Assert.True(offsets[0] > 0, "The text box did not scroll.");
            Assert.Equal(offsets[0], offsets[1]);
        });

    [Fact]
    public Task A_personal_post_about_school_offers_the_disclosure_and_disclaimer_as_one_click_fixes() =>
        app.RunAsync(nameof(A_personal_post_about_school_offers_the_disclosure_and_disclaimer_as_one_click_fixes), output, async session =>
        {
            var form = await NewDraftForm.OpenAsync(session.Page);
            await form.Channel("Facebook").CheckAsync();
            await form.Acknowledgement.CheckAsync();
            await form.Text.FillAsync("Wat een mooie open dag op school vandaag!");
            await form.Capacity("Op persoonlijke titel").CheckAsync();

            var disclosure = form.Finding("C.2");
            var disclaimer = form.Finding("C.3");
            await Expect(disclosure).ToHaveClassAsync("finding block");
            await Expect(disclosure.Locator(".article")).ToHaveTextAsync("In discussies over Huizermaat vermeld je dat je medewerker bent.");
            await Expect(disclaimer).ToHaveClassAsync("finding block");
            await session.ScreenshotAsync("personal");

            await disclosure.GetByRole(AriaRole.Button, new() { Name = "Voeg toe: \u201cIk werk bij Huizermaat.\u201d" }).ClickAsync();
            await Expect(form.Finding("C.2")).ToHaveCountAsync(0);
            await disclaimer.GetByRole(AriaRole.Button, new() { NameRegex = new("^Voeg toe") }).ClickAsync();

            await Expect(form.Finding("C.3")).ToHaveCountAsync(0);
            await Expect(form.Findings).ToContainTextAsync("Geen bevindingen");
            await Expect(form.Text).ToHaveValueAsync(
                "Wat een mooie open dag op school vandaag!\n\nIk werk bij Huizermaat.\n\n" +
                "Dit is mijn persoonlijke mening; die staat los van de officiële standpunten van Huizermaat. " +
                "Ik ben niet verantwoordelijk voor de inhoud en uitlatingen van derden.");
        });

    [Fact]
    public Task A_post_for_X_is_offered_the_short_disclaimer() =>
        app.RunAsync(nameof(A_post_for_X_is_offered_the_short_disclaimer), output, async session =>
        {
            var form = await NewDraftForm.OpenAsync(session.Page);
            await form.Channel("X").CheckAsync();
            await form.Acknowledgement.CheckAsync();
            await form.Text.FillAsync("Ik werk bij Huizermaat. Wat een mooie open dag op school vandaag!");
            await form.Capacity("Op persoonlijke titel").CheckAsync();

            await form.Finding("C.3").GetByRole(AriaRole.Button, new() { NameRegex = new("^Voeg toe: .Eigen mening") }).ClickAsync();

            await Expect(form.Finding("C.3")).ToHaveCountAsync(0);
            await Expect(form.Text).ToHaveValueAsync(
                "Ik werk bij Huizermaat. Wat een mooie open dag op school vandaag!\n\nEigen mening, los van Huizermaat; niet verantwoordelijk voor derden.");
            await Expect(form.Counter("x")).ToHaveTextAsync("135 / 280");
        });

    [Fact]
    public Task A_blocking_finding_stops_sending_until_the_author_contests_it_with_a_reason() =>
        app.RunAsync(nameof(A_blocking_finding_stops_sending_until_the_author_contests_it_with_a_reason), output, async session =>
        {
            var page = session.Page;
            var form = await NewDraftForm.OpenAsync(page);
            await form.Capacity("Namens Huizermaat (officieel account)").CheckAsync();
            await form.Channel("Facebook").CheckAsync();
            await form.Acknowledgement.CheckAsync();
            await form.Text.FillAsync(PhoneText);
            var drafts = 0;
            page.Request += (_, request) => drafts += request.Url.EndsWith("/api/drafts", StringComparison.Ordinal) ? 1 : 0;

            await page.GetByRole(AriaRole.Button, new() { Name = "Ter goedkeuring versturen" }).ClickAsync();
            await Expect(page.Locator("#form-error")).ToContainTextAsync("Er staat nog 1 rood punt bij de controle.");
            Assert.Equal(0, drafts);

            var finding = form.Finding("A.1");
            await finding.GetByRole(AriaRole.Button, new() { Name = "Klopt niet? Betwisten" }).ClickAsync();
            await finding.GetByLabel("Waarom klopt deze bevinding niet?").FillAsync("Dit is de telefoon van de receptie.");
            await finding.GetByRole(AriaRole.Button, new() { Name = "Betwisting opslaan" }).ClickAsync();

            await Expect(form.Finding("A.1")).ToHaveClassAsync("finding block contested");
            await Expect(form.Finding("A.1").Locator(".contest")).ToContainTextAsync("Je betwist dit: Dit is de telefoon van de receptie.");
            await Expect(page.Locator("#form-error")).ToBeHiddenAsync();
            await Expect(form.Highlights).ToHaveClassAsync("warn");
            await session.ScreenshotAsync("contested");
            await session.Page.ReloadAsync();
            await Expect(form.Finding("A.1")).ToHaveClassAsync("finding block contested");

            await form.Finding("A.1").GetByRole(AriaRole.Button, new() { Name = "Niet meer betwisten" }).ClickAsync();
            await Expect(form.Finding("A.1")).ToHaveClassAsync("finding block");
        });

    [Fact]
    public Task The_counter_for_X_turns_red_above_280_characters() =>
        app.RunAsync(nameof(The_counter_for_X_turns_red_above_280_characters), output, async session =>
        {
            var form = await NewDraftForm.OpenAsync(session.Page);
            await form.Channel("X").CheckAsync();
            var counter = form.Counter("x");
            var sentence = "De brugklassers bouwden vandaag een brug van spaghetti die twee kilo hield. ";
            var text = string.Concat(Enumerable.Repeat(sentence, 4))[..280];

            await form.Text.FillAsync(text);
            await Expect(counter).ToHaveTextAsync("280 / 280");
            await Expect(counter).Not.ToHaveClassAsync("counter over");
            var normal = await Color(counter);

            await form.Text.PressSequentiallyAsync("!");
            await Expect(counter).ToHaveTextAsync("281 / 280");
            await Expect(counter).ToHaveClassAsync("counter over");
            await Expect(counter).ToHaveCSSAsync("color", "rgb(180, 35, 24)");
            Assert.NotEqual(normal, await Color(counter));
            await Expect(form.Finding("CH.X")).ToBeVisibleAsync();
            await session.ScreenshotAsync("over");
        });

    [Fact]
    public Task Each_chosen_channel_shows_a_preview_of_the_post() =>
        app.RunAsync(nameof(Each_chosen_channel_shows_a_preview_of_the_post), output, async session =>
        {
            var form = await NewDraftForm.OpenAsync(session.Page);
            const string text = "Onze leerlingen wonnen de regionale debatwedstrijd. Gefeliciteerd!";
            await form.Text.FillAsync(text);
            await form.Capacity("Namens Huizermaat (officieel account)").CheckAsync();
            await form.Channel("X").CheckAsync();
            await form.Channel("LinkedIn").CheckAsync();
            await form.Channel("Mastodon").CheckAsync();

            await Expect(form.Previews).ToHaveCountAsync(3);
            foreach (var (channel, name) in new[] { ("x", "X"), ("linkedin", "LinkedIn"), ("mastodon", "Mastodon") })
            {
                var preview = form.Preview(channel);
                await Expect(preview.Locator("header")).ToHaveTextAsync($"{name} \u00b7 Huizermaat");
                await Expect(preview.Locator("p")).ToHaveTextAsync(text);
            }

            await Expect(form.Counter("x")).ToHaveTextAsync($"{text.Length} / 280");
            await Expect(form.Finding("B.2")).ToHaveCountAsync(0);
            await session.ScreenshotAsync("previews");
            await form.Channel("LinkedIn").UncheckAsync();
            await Expect(form.Previews).ToHaveCountAsync(2);
            await Expect(form.Preview("linkedin")).ToHaveCountAsync(0);
        });

    [Fact]
    public Task The_draft_survives_a_page_reload() =>
        app.RunAsync(nameof(The_draft_survives_a_page_reload), output, async session =>
        {
            var form = await NewDraftForm.OpenAsync(session.Page);
            await form.Text.FillAsync(PhoneText);
            await form.Capacity("Op persoonlijke titel").CheckAsync();
            await form.Channel("Instagram").CheckAsync();
            await form.Acknowledgement.CheckAsync();
            await session.Page.GetByLabel("Publiceren op").FillAsync("2026-12-01T09:30");
            await Expect(session.Page.Locator("#saved")).ToHaveTextAsync("Concept bewaard in deze browser.");

            await session.Page.ReloadAsync();

            await Expect(form.Text).ToHaveValueAsync(PhoneText);
            await Expect(form.Capacity("Op persoonlijke titel")).ToBeCheckedAsync();
            await Expect(form.Channel("Instagram")).ToBeCheckedAsync();
            await Expect(form.Channel("X")).Not.ToBeCheckedAsync();
            await Expect(form.Acknowledgement).ToBeCheckedAsync();
            await Expect(session.Page.GetByLabel("Publiceren op")).ToHaveValueAsync("2026-12-01T09:30");
            await Expect(form.Finding("C.1")).ToBeVisibleAsync();
            await Expect(form.Highlights).ToHaveTextAsync(["06 98765432"]);
            await Expect(form.Preview("instagram").Locator("p")).ToHaveTextAsync(PhoneText);
        });

    private static async Task<string> Color(ILocator locator) =>
        await locator.EvaluateAsync<string>("e => getComputedStyle(e).color");

    private static async Task AssertLiesInside(ILocator inner, ILocator outer)
    {
        var a = await inner.BoundingBoxAsync() ?? throw new InvalidOperationException("The highlight is not rendered.");
        var b = await outer.BoundingBoxAsync() ?? throw new InvalidOperationException("The text box is not rendered.");
        Assert.True(a.Width > 0 && a.Height > 0, "The highlight has no size.");
        Assert.True(a.X >= b.X && a.Y >= b.Y && a.X + a.Width <= b.X + b.Width && a.Y + a.Height <= b.Y + b.Height,
            $"The highlight ({a.X},{a.Y} {a.Width}x{a.Height}) lies outside the text box ({b.X},{b.Y} {b.Width}x{b.Height}).");
    }
}
