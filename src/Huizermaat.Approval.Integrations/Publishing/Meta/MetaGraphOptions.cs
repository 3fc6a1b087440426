namespace Huizermaat.Approval.Integrations.Publishing.Meta;

/// <summary>What the Facebook Page and Instagram publishers share: where the Graph API is and which version.</summary>
public abstract class MetaGraphOptions
{
    public Uri GraphUrl { get; set; } = new("https://graph.facebook.com/");

    /// <summary>The Graph API version the app is tested against.</summary>
    public string GraphVersion { get; set; } = "v23.0";

    /// <summary>A long-lived Page access token (or a system user's token) for the school's Page.</summary>
    public string? AccessToken { get; set; }

    /// <summary>Whether the school's account is filled in.</summary>
    public abstract bool IsConfigured { get; }

    internal Uri Api(string path) => new(GraphUrl, $"{GraphVersion}/{path}");
}
