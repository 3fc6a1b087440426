namespace Huizermaat.Approval.Integrations.Media;

/// <summary>Where media are kept, bound from <c>Media:Storage</c>.</summary>
public sealed class BlobMediaStoreOptions
{
    public const string SectionName = "Media:Storage";

    /// <summary>A storage connection string (<c>UseDevelopmentStorage=true</c> for Azurite). Leave empty in Azure.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// In Azure: the blob endpoint (<c>https://{account}.blob.core.windows.net</c>), reached with the app's managed
    /// identity, which needs the role Storage Blob Data Contributor (read addresses are then user delegation SAS).
    /// </summary>
    public Uri? ServiceUri { get; set; }

    /// <summary>The client id of the user-assigned managed identity; empty for a system-assigned one.</summary>
    public string? ClientId { get; set; }

    /// <summary>A private container (no anonymous access), created when missing.</summary>
    public string ContainerName { get; set; } = "media";
}
