namespace Huizermaat.Approval.Drafts;

/// <summary>The lower-case channel names used in JSON, URLs and configuration.</summary>
public static class ChannelNames
{
    public static IReadOnlyList<string> All { get; } = ["instagram", "facebook", "x", "linkedin", "mastodon"];

    public static string ToName(this Channel channel) => channel switch
    {
        Channel.Instagram => "instagram",
        Channel.Facebook => "facebook",
        Channel.X => "x",
        Channel.LinkedIn => "linkedin",
        Channel.Mastodon => "mastodon",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    public static Channel? Parse(string name) => name switch
    {
        "instagram" => Channel.Instagram,
        "facebook" => Channel.Facebook,
        "x" => Channel.X,
        "linkedin" => Channel.LinkedIn,
        "mastodon" => Channel.Mastodon,
        _ => null,
    };
}
