using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Huizermaat.Approval.Browser.Tests;

public sealed class HomePageTests(BrowserApp app, ITestOutputHelper output) : IClassFixture<BrowserApp>
{
    [Fact]
    public Task The_start_page_leads_staff_to_the_new_draft_form() =>
        app.RunAsync(nameof(The_start_page_leads_staff_to_the_new_draft_form), output, async session =>
        {
            var page = session.Page;
            await page.GotoAsync("");
            await Expect(page).ToHaveTitleAsync("Welkom · Huizermaat Berichten");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ontwikkelomgeving" })).ToBeVisibleAsync();
            await session.ScreenshotAsync("start");

            await page.GetByRole(AriaRole.Link, new() { Name = "Nieuw bericht schrijven" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Uri(app.Server.Address, "berichten/nieuw").ToString());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nieuw bericht" })).ToBeVisibleAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle); // the first check has answered
            await Expect(page.Locator("#findings")).ToBeEmptyAsync(); // nothing is wrong before the first word
            await session.ScreenshotAsync("new-draft");
        });
}
