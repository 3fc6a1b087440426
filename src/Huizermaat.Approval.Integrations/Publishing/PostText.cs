using System.Net;
using System.Text.RegularExpressions;

namespace Huizermaat.Approval.Integrations.Publishing;

/// <summary>
/// Compares the text a network shows for a post with the text we asked it to publish, ignoring what networks change:
/// HTML markup and entities (Mastodon), shortened links (X), whitespace and line breaks.
/// </summary>
internal static partial class PostText
{
    public static bool Same(string? published, string requested) =>
        published is not null && Normalize(published) == Normalize(requested);

    private static string Normalize(string text)
    {
        // Paragraphs and line breaks separate words; other tags (a link split into spans) do not.
        var plain = WebUtility.HtmlDecode(Tags().Replace(Breaks().Replace(text, " "), string.Empty));
        return Whitespace().Replace(Links().Replace(plain, string.Empty), string.Empty);
    }

    [GeneratedRegex("<(?:br|p|/p|div|/div)(?:\\s[^>]*)?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex Breaks();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Links();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
