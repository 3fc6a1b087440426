using System.Text.RegularExpressions;
using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Checks;

/// <summary>
/// CH.&lt;CHANNEL&gt;: what each chosen network accepts: length (X 280, Instagram 2,200, LinkedIn 3,000,
/// Facebook 63,206, Mastodon 500), media counts and kinds, Instagram's photo or video and hashtags.
/// </summary>
public sealed partial class ChannelLimitsCheck : IProtocolCheck
{
    public const string NoChannelRule = "CH.NONE";

    public IEnumerable<Finding> Check(DraftText draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Draft.Channels.Count == 0)
        {
            yield return new Finding(NoChannelRule, Severity.Block, "Kies minstens één kanaal om op te publiceren.");
            yield break;
        }

        var media = draft.Draft.Media;
        var photos = media.Count(static m => m.Kind == MediaKind.Photo);
        var videos = media.Count(static m => m.Kind == MediaKind.Video);
        var audio = media.Count(static m => m.Kind == MediaKind.Audio);
        var hashtags = Hashtag().Count(draft.Text);
        foreach (var channel in draft.Draft.Channels)
        {
            var rules = ChannelRules.All[channel];
            foreach (var problem in Problems(rules, draft.Text, photos, videos, audio, hashtags))
            {
                yield return new Finding(rules.Rule, Severity.Block, $"{rules.DisplayName}: {problem}");
            }
        }
    }

    private static IEnumerable<string> Problems(ChannelRules rules, string text, int photos, int videos, int audio, int hashtags)
    {
        var length = PostLength.Of(text, rules.Channel);
        if (length > rules.MaxLength)
        {
            yield return $"de tekst is {length:N0} tekens, het maximum is {rules.MaxLength:N0}. Maak hem {length - rules.MaxLength:N0} {(length - rules.MaxLength == 1 ? "teken" : "tekens")} korter.";
        }

        if (rules.MediaRequired && photos + videos == 0)
        {
            yield return "een bericht heeft minstens één foto of video nodig.";
        }

        if (audio > 0 && !rules.Audio)
        {
            yield return "geluidsopnamen kunnen hier niet geplaatst worden. Haal ze weg of kies een ander kanaal.";
        }

        var moving = videos + (rules.Audio ? audio : 0);
        if (!rules.MixPhotosAndVideos && photos > 0 && moving > 0)
        {
            yield return "foto's en video's kunnen niet samen in één bericht. Kies foto's of één video.";
        }
        else if (rules.MixPhotosAndVideos && photos + moving > Math.Max(rules.MaxPhotos, rules.MaxVideos))
        {
            yield return $"maximaal {Math.Max(rules.MaxPhotos, rules.MaxVideos)} foto's en video's per bericht; dit zijn er {photos + moving}.";
        }
        else
        {
            if (photos > rules.MaxPhotos)
            {
                yield return $"maximaal {rules.MaxPhotos} foto's per bericht; dit zijn er {photos}.";
            }

            if (moving > rules.MaxVideos)
            {
                yield return rules.MaxVideos == 1
                    ? $"maximaal één video per bericht; dit zijn er {moving}."
                    : $"maximaal {rules.MaxVideos} video's per bericht; dit zijn er {moving}.";
            }
        }

        if (rules.MaxHashtags is { } maxHashtags && hashtags > maxHashtags)
        {
            yield return $"maximaal {maxHashtags} hashtags; dit zijn er {hashtags}.";
        }
    }

    [GeneratedRegex(@"(?<![\w&])#\w+", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex Hashtag();
}
