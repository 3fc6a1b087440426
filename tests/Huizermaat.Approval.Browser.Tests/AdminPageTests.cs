using Huizermaat.Approval.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Huizermaat.Approval.Browser.Tests;

/// <summary>Beheer in Chromium against the local host on Azurite: an operator signs in, sees a waiting draft, opens its audit trail.</summary>
public sealed class AdminPageTests(AdminApp app, ITestOutputHelper output) : IClassFixture<AdminApp>
{
    [Fact]
    public async Task An_operator_signs_in_sees_every_draft_by_stage_and_opens_one_audit_trail()
    {
        const string Test = nameof(An_operator_signs_in_sees_every_draft_by_stage_and_opens_one_audit_trail);
        using var author = await app.Host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(author, FlowClient.Draft(await FlowClient.UploadPhotoAsync(author)));
        await FlowClient.WaitForStateAsync(author, draftId, "awaiting-approvals");

        await app.RunAsync(Test, output, async session =>
        {
            var page = session.Page;
            session.ExpectErrorFrom("/beheer");
            await page.GotoAsync("beheer");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aanmelden" })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Bram Visser" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Beheer", Exact = true })).ToBeVisibleAsync();
            var row = page.Locator($"#instances tr[data-draft='{draftId}']");
            await Expect(row).ToContainTextAsync("Anna de Vries");
            await Expect(row).ToContainTextAsync("Wacht op goedkeuring");
            await Expect(row.Locator("td").Last).ToHaveTextAsync("2");
            await Expect(page.Locator("#instances .filters")).ToContainTextAsync("Wacht op goedkeuring (1)");
            await session.ScreenshotAsync("1-beheer");

            // Posts are named by the start of their text, never by an id.
            await Expect(row.GetByRole(AriaRole.Link)).ToContainTextAsync("Wat een mooie open dag!");
            await Expect(page.Locator("#instances")).Not.ToContainTextAsync(draftId);
            await row.GetByRole(AriaRole.Link).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Wat een mooie open dag!");
            await Expect(page.Locator("#stage")).ToHaveTextAsync("Wacht op goedkeuring");
            await Expect(page.Locator("#audit")).ToContainTextAsync("Ingediend door Anna de Vries.");
            await Expect(page.Locator("#export")).ToHaveAttributeAsync("href", $"/beheer/berichten/{draftId}/audit.csv");
            await session.ScreenshotAsync("2-audittrail");

        });
    }
}
