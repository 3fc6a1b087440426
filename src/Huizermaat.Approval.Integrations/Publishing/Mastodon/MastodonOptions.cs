namespace Huizermaat.Approval.Integrations.Publishing.Mastodon;

/// <summary>The school's Mastodon account, bound from <c>Publishing:Mastodon</c>.</summary>
public sealed class MastodonOptions
{
    public const string SectionName = "Publishing:Mastodon";

    /// <summary>The server the account lives on, e.g. https://mastodon.nl.</summary>
    public Uri? InstanceUrl { get; set; }

    /// <summary>An application's access token with the scopes write:statuses and write:media (and read:statuses for recovery).</summary>
    public string? AccessToken { get; set; }

    /// <summary>public, unlisted, private or direct.</summary>
    public string Visibility { get; set; } = "public";

    /// <summary>ISO 639-1 language of the posts.</summary>
    public string Language { get; set; } = "nl";

    public bool IsConfigured => InstanceUrl is not null && !string.IsNullOrWhiteSpace(AccessToken);
}
