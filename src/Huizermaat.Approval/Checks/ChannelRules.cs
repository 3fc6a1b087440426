using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Checks;

/// <summary>What a network accepts in one post.</summary>
/// <param name="MaxLength">Characters, counted the network's way (see <see cref="PostLength"/>).</param>
/// <param name="MaxPhotos">Photos in one post.</param>
/// <param name="MaxVideos">Videos (or, where <paramref name="Audio"/>, audio files) in one post.</param>
/// <param name="Audio">Whether the network takes audio files.</param>
/// <param name="MediaRequired">Whether a post needs a photo or video (Instagram).</param>
/// <param name="MixPhotosAndVideos">Whether photos and videos may share a post.</param>
/// <param name="MaxHashtags">Hashtags in one post, or null when unlimited.</param>
public sealed record ChannelRules(
    Channel Channel,
    string DisplayName,
    int MaxLength,
    int MaxPhotos,
    int MaxVideos,
    bool Audio,
    bool MediaRequired,
    bool MixPhotosAndVideos,
    int? MaxHashtags = null)
{
    public string Rule => $"CH.{Channel.ToName().ToUpperInvariant()}";

    public static IReadOnlyDictionary<Channel, ChannelRules> All { get; } = new Dictionary<Channel, ChannelRules>
    {
        [Channel.X] = new(Channel.X, "X", 280, MaxPhotos: 4, MaxVideos: 1, Audio: false, MediaRequired: false, MixPhotosAndVideos: false),
        [Channel.Instagram] = new(Channel.Instagram, "Instagram", 2_200, MaxPhotos: 10, MaxVideos: 10, Audio: false, MediaRequired: true, MixPhotosAndVideos: true, MaxHashtags: 30),
        [Channel.LinkedIn] = new(Channel.LinkedIn, "LinkedIn", 3_000, MaxPhotos: 20, MaxVideos: 1, Audio: false, MediaRequired: false, MixPhotosAndVideos: false),
        [Channel.Facebook] = new(Channel.Facebook, "Facebook", 63_206, MaxPhotos: 10, MaxVideos: 1, Audio: false, MediaRequired: false, MixPhotosAndVideos: false),
        [Channel.Mastodon] = new(Channel.Mastodon, "Mastodon", 500, MaxPhotos: 4, MaxVideos: 1, Audio: true, MediaRequired: false, MixPhotosAndVideos: false),
    };
}
