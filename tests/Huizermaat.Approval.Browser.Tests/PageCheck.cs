using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Huizermaat.Approval.Browser.Tests;

/// <summary>
/// What every page a person reads must be: no sideways scrolling on its screen, and none of the app's internal English
/// (stage names, "finding(s)", "system", step ids such as "consent:", revision tags such as "r1:", person ids) in its text.
/// </summary>
public static partial class PageCheck
{
    /// <summary>Internal terms that must never reach a page, as whole words.</summary>
    public static IReadOnlyList<string> InternalTerms { get; } =
    [
        "awaiting-approvals", "needs-changes", "consent-refused", "consent-register", "taken-down", "publish-failed",
        "checking", "approved", "published", "rejected", "expired", "withdrawn", "scheduled", "requested", "voided", "pending",
        "finding", "findings", "finding(s)", "blocking", "system", "manager", "consent", "consent:", "r1:", "r2:", "undefined", "null",
        "Consent for", "withdrawn by",
    ];

    /// <summary>The roster ids of the test school's people (FlowPeople), which pages must name by name.</summary>
    public static IReadOnlyList<string> PersonIds { get; } = ["anna", "bram", "mark", "sanne", "peter"];

    /// <summary>Fails when the page scrolls sideways or shows an internal term; then screenshots it as <paramref name="step"/>.</summary>
    public static async Task LooksRightAsync(Session session, string step, bool checkWords = true)
    {
        ArgumentNullException.ThrowIfNull(session);
        var page = session.Page;
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{step} ({page.Url}) scrolls sideways: {widths[0]} px of content in {widths[1]} px.");
        if (checkWords)
        {
            var text = Addresses().Replace(await page.InnerTextAsync("body"), " ");
            foreach (var term in InternalTerms.Concat(PersonIds))
            {
                var found = Regex.Match(text, $@"(?<![\w-]){Regex.Escape(term)}(?![\w-])");
                Assert.False(found.Success, $"{step} ({page.Url}) shows the internal term \"{term}\": …{Around(text, found.Index)}…");
            }
        }

        await session.ScreenshotAsync(step);
    }

    private static string Around(string text, int index) => text.Substring(Math.Max(0, index - 40), Math.Min(80, text.Length - Math.Max(0, index - 40))).ReplaceLineEndings(" ");

    /// <summary>E-mail and web addresses, which may hold ids ("anna.devries@…") on purpose.</summary>
    [GeneratedRegex(@"\S+@\S+|https?://\S+")]
    private static partial Regex Addresses();
}
