namespace Huizermaat.Approval.Integrations.Publishing.Meta;

/// <summary>The school's Facebook Page, bound from <c>Publishing:Facebook</c>.</summary>
public sealed class FacebookOptions : MetaGraphOptions
{
    public const string SectionName = "Publishing:Facebook";

    public string? PageId { get; set; }

    /// <summary>Video uploads go to Meta's video host, not the general Graph host.</summary>
    public Uri VideoGraphUrl { get; set; } = new("https://graph-video.facebook.com/");

    public override bool IsConfigured => !string.IsNullOrWhiteSpace(PageId) && !string.IsNullOrWhiteSpace(AccessToken);
}
