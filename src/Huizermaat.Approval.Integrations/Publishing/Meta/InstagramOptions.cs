namespace Huizermaat.Approval.Integrations.Publishing.Meta;

/// <summary>The school's Instagram professional account (linked to its Facebook Page), bound from <c>Publishing:Instagram</c>.</summary>
public sealed class InstagramOptions : MetaGraphOptions
{
    public const string SectionName = "Publishing:Instagram";

    /// <summary>The Instagram professional account's id (not the Page id).</summary>
    public string? UserId { get; set; }

    /// <summary>How long to wait between two checks of a media container's status.</summary>
    public TimeSpan StatusPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many checks before giving up (a transient failure: the workflow retries later).</summary>
    public int MaxStatusPolls { get; set; } = 60;

    /// <summary>How long the address Instagram fetches the media from stays valid.</summary>
    public TimeSpan MediaUrlLifetime { get; set; } = TimeSpan.FromHours(1);

    public override bool IsConfigured => !string.IsNullOrWhiteSpace(UserId) && !string.IsNullOrWhiteSpace(AccessToken);
}
