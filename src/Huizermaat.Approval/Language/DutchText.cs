using System.Globalization;
using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Language;

/// <summary>Small pieces of Dutch the mails and pages share: lists with "en", counted nouns, what a post shows.</summary>
public static class DutchText
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>"Instagram", "Instagram en Facebook", "Instagram, Facebook en X"; empty for none.</summary>
    public static string List(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var all = items.ToList();
        return all.Count switch
        {
            0 => string.Empty,
            1 => all[0],
            _ => string.Join(", ", all.Take(all.Count - 1)) + " en " + all[^1],
        };
    }

    /// <summary>"1 foto", "2 foto's": the number with the singular or the plural.</summary>
    public static string Count(int count, string singular, string plural) =>
        string.Create(Dutch, $"{count} {(count == 1 ? singular : plural)}");

    /// <summary>The networks by the names people know: "Instagram en Facebook".</summary>
    public static string Channels(IEnumerable<Channel> channels) => List(channels.Select(ChannelName));

    public static string ChannelName(Channel channel) => channel switch
    {
        Channel.LinkedIn => "LinkedIn",
        _ => channel.ToString(),
    };

    /// <summary>What a post shows of someone: "een foto", "2 foto's en een video", "een geluidsopname".</summary>
    public static string Media(IEnumerable<MediaKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var counts = kinds.GroupBy(k => k).OrderBy(g => g.Key).Select(g => (g.Key, Count: g.Count()));
        return List(counts.Select(c => c.Key switch
        {
            MediaKind.Photo => c.Count == 1 ? "een foto" : Count(c.Count, "foto", "foto's"),
            MediaKind.Video => c.Count == 1 ? "een video" : Count(c.Count, "video", "video's"),
            _ => c.Count == 1 ? "een geluidsopname" : Count(c.Count, "geluidsopname", "geluidsopnamen"),
        }));
    }

    /// <summary>The start of a post's text on one line, for naming the post: at most <paramref name="length"/> characters.</summary>
    public static string Opening(string text, int length = 80)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= length ? line : string.Concat(line.AsSpan(0, line.LastIndexOf(' ', length - 1) is var space and > 20 ? space : length - 1), "…");
    }
}
