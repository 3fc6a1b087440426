using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Huizermaat.Approval.Browser.Tests;

/// <summary>The "Nieuw bericht" form as a user finds things on it: by label, rule code and channel.</summary>
public sealed class NewDraftForm(IPage page)
{
    public ILocator Text => page.GetByLabel("Tekst", new() { Exact = true });

    public ILocator Findings => page.Locator("#findings");

    /// <summary>The marks over the text, one per finding with a place in it.</summary>
    public ILocator Highlights => page.Locator(".editor .highlights mark");

    public ILocator Previews => page.Locator("#previews .preview");

    public ILocator Acknowledgement => page.GetByLabel("Ik weet dat wat ik publiceer");

    public static async Task<NewDraftForm> OpenAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("berichten/nieuw");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nieuw bericht" })).ToBeVisibleAsync();
        return new NewDraftForm(page);
    }

    public ILocator Capacity(string label) => page.GetByRole(AriaRole.Radio, new() { Name = label });

    public ILocator Channel(string name) =>
        page.Locator("fieldset.channels").GetByRole(AriaRole.Checkbox, new() { Name = name });

    public ILocator Counter(string channel) => page.Locator($"[data-counter=\"{channel}\"]");

    public ILocator Preview(string channel) => page.Locator($"#previews .preview.{channel}");

    /// <summary>The finding for one article, found by the rule code it shows.</summary>
    public ILocator Finding(string rule) =>
        page.Locator("#findings .finding").Filter(new() { Has = page.Locator(".rule", new() { HasTextRegex = new($"^{System.Text.RegularExpressions.Regex.Escape(rule)}$") }) });
}
