namespace Huizermaat.Approval.Drafts;

/// <summary>A social network the school's official account (or the author) posts to.</summary>
public enum Channel
{
    Instagram,
    Facebook,
    X,
    LinkedIn,
    Mastodon,
}
