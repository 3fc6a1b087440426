namespace Huizermaat.Approval.Integrations.Publishing.X;

/// <summary>
/// The school's X account, bound from <c>Publishing:X</c>: an app's consumer key and secret and the account's
/// access token and secret (OAuth 1.0a user context; these do not expire, unlike OAuth 2.0 user tokens).
/// </summary>
public sealed class XOptions
{
    public const string SectionName = "Publishing:X";

    public Uri ApiUrl { get; set; } = new("https://api.x.com/");

    public string? ConsumerKey { get; set; }

    public string? ConsumerSecret { get; set; }

    public string? AccessToken { get; set; }

    public string? AccessTokenSecret { get; set; }

    /// <summary>The account's numeric user id (for finding a post after an ambiguous failure).</summary>
    public string? UserId { get; set; }

    /// <summary>Bytes per APPEND of a chunked video upload.</summary>
    public int VideoChunkBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>The longest wait between two checks of a video's processing (X suggests one in check_after_secs).</summary>
    public TimeSpan MaxStatusPollDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many checks before giving up (a transient failure: the workflow retries later).</summary>
    public int MaxStatusPolls { get; set; } = 60;

    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(ConsumerKey) && !string.IsNullOrWhiteSpace(ConsumerSecret)
        && !string.IsNullOrWhiteSpace(AccessToken) && !string.IsNullOrWhiteSpace(AccessTokenSecret)
        && !string.IsNullOrWhiteSpace(UserId);
}
