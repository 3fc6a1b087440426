using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Huizermaat.Approval.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Huizermaat.Approval.Browser.Tests;

/// <summary>
/// The form in Chromium against the real local host, when the answer to "Ter goedkeuring versturen" is lost after the
/// server made the draft (a dropped connection): the form tries again with the same submission id and the author
/// ends up with one draft.
/// </summary>
public sealed partial class LostAnswerTests(FlowApp app, ITestOutputHelper output) : IClassFixture<FlowApp>
{
    [Fact]
    public async Task When_the_first_answer_to_sending_is_lost_the_forms_retry_yields_the_same_single_draft()
    {
        const string Test = nameof(When_the_first_answer_to_sending_is_lost_the_forms_retry_yields_the_same_single_draft);
        await app.RunAsync(Test, output, async session =>
        {
            var page = session.Page;
            await page.GotoAsync($"dev/login?as={Uri.EscapeDataString(FlowPeople.AuthorEmail)}&terug=/berichten");
            var before = DraftLink().Matches(await page.ContentAsync()).Select(m => m.Groups[1].Value).ToHashSet();

            // The first POST reaches the server, which makes the draft; its answer never reaches the page.
            var keys = new ConcurrentQueue<string?>();
            string? madeFirst = null;
            await page.RouteAsync("**/api/drafts", async route =>
            {
                keys.Enqueue(await route.Request.HeaderValueAsync("idempotency-key"));
                if (keys.Count == 1)
                {
                    var handled = await route.FetchAsync();
                    madeFirst = JsonDocument.Parse(await handled.TextAsync()).RootElement.GetProperty("id").GetString();
                    await route.AbortAsync("connectionreset");
                }
                else
                {
                    await route.ContinueAsync();
                }
            });
            session.ExpectErrorFrom("/api/drafts");

            var form = await NewDraftForm.OpenAsync(page);
            await form.Capacity("Namens Huizermaat (officieel account)").CheckAsync();
            await form.Channel("Facebook").CheckAsync();
            await form.Acknowledgement.CheckAsync();
            await form.Text.FillAsync("Morgen is de open dag. Vragen? Bel de school.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Ter goedkeuring versturen" }).ClickAsync();
            await page.WaitForURLAsync(StatusPage());

            var shown = StatusPage().Match(page.Url).Groups[1].Value;
            Assert.Equal(2, keys.Count);
            Assert.Single(keys.Distinct());
            Assert.False(string.IsNullOrEmpty(keys.First()));
            Assert.Equal(madeFirst, shown);
            await page.GotoAsync("berichten");
            var after = DraftLink().Matches(await page.ContentAsync()).Select(m => m.Groups[1].Value).ToHashSet();
            Assert.Equal([shown], after.Except(before));
            Assert.Null(await page.EvaluateAsync<string?>("() => localStorage.getItem('huizermaat-concept:submission-id')"));
        });
    }

    [GeneratedRegex("/berichten/([0-9a-f]{32})$")]
    private static partial Regex StatusPage();

    [GeneratedRegex("/berichten/([0-9a-f]{32})")]
    private static partial Regex DraftLink();
}
