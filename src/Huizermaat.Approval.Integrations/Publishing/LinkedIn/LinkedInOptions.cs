namespace Huizermaat.Approval.Integrations.Publishing.LinkedIn;

/// <summary>The school's LinkedIn organisation page, bound from <c>Publishing:LinkedIn</c>.</summary>
public sealed class LinkedInOptions
{
    public const string SectionName = "Publishing:LinkedIn";

    public Uri ApiUrl { get; set; } = new("https://api.linkedin.com/");

    /// <summary>The organisation's numeric id (from its admin page's address).</summary>
    public string? OrganizationId { get; set; }

    /// <summary>A member access token of a page admin with the w_organization_social (and r_organization_social) scope.</summary>
    public string? AccessToken { get; set; }

    /// <summary>The Marketing API version (YYYYMM) sent as the LinkedIn-Version header.</summary>
    public string ApiVersion { get; set; } = "202510";

    /// <summary>How long to wait between two checks of an uploaded photo or video.</summary>
    public TimeSpan ImagePollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many checks before giving up (a transient failure: the workflow retries later).</summary>
    public int MaxImagePolls { get; set; } = 60;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(OrganizationId) && !string.IsNullOrWhiteSpace(AccessToken);

    internal string OrganizationUrn => $"urn:li:organization:{OrganizationId}";
}
