using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Checks;

/// <summary>
/// Counts a post's length the way each network does: X weighs characters outside the Latin ranges
/// (emoji, CJK) double and every link as 23; Mastodon counts links as 23; the others count characters
/// as a person sees them (grapheme clusters).
/// </summary>
public static partial class PostLength
{
    private const int LinkLength = 23;

    public static int Of(string text, Channel channel)
    {
        ArgumentNullException.ThrowIfNull(text);
        return channel switch
        {
            Channel.X => Count(text, countLinksAs23: true, weighted: true),
            Channel.Mastodon => Count(text, countLinksAs23: true, weighted: false),
            _ => Count(text, countLinksAs23: false, weighted: false),
        };
    }

    private static int Count(string text, bool countLinksAs23, bool weighted)
    {
        if (!countLinksAs23)
        {
            return Characters(text, weighted);
        }

        var length = 0;
        var last = 0;
        foreach (var link in Link().EnumerateMatches(text))
        {
            length += Characters(text[last..link.Index], weighted) + LinkLength;
            last = link.Index + link.Length;
        }

        return length + Characters(text[last..], weighted);
    }

    private static int Characters(string text, bool weighted)
    {
        // Below U+0300 (where combining marks begin) every character is a grapheme of its own and weighs 1.
        if (text.AsSpan().IndexOfAnyInRange('\u0300', '\uffff') < 0)
        {
            return text.Length - text.AsSpan().Count("\r\n");
        }

        if (!weighted)
        {
            return new StringInfo(text).LengthInTextElements;
        }

        var length = 0;
        for (var at = 0; at < text.Length;)
        {
            var size = StringInfo.GetNextTextElementLength(text, at);
            // A lone surrogate (valid JSON can carry one) decodes as U+FFFD, which weighs 2 like any symbol.
            Rune.DecodeFromUtf16(text.AsSpan(at, size), out var rune, out _);
            length += IsLight(rune.Value) ? 1 : 2;
            at += size;
        }

        return length;
    }

    // twitter-text's ranges that weigh 1: Latin and most European scripts, general punctuation.
    private static bool IsLight(int codePoint) =>
        codePoint is <= 0x10FF or (>= 0x2000 and <= 0x200D) or (>= 0x2010 and <= 0x201F) or (>= 0x2032 and <= 0x2037);

    [GeneratedRegex(@"https?://\S+", RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex Link();
}
