namespace Huizermaat.Approval.Integrations.Media;

/// <summary>Where media are kept, bound from <c>Media:Storage</c>.</summary>
public sealed class BlobMediaStoreOptions
{
    public const string SectionName = "Media:Storage";

    /// <summary>
    /// A storage connection string (<c>UseDevelopmentStorage=true</c> for Azurite). Leave empty in Azure and register a
    /// <see cref="Azure.Storage.Blobs.BlobServiceClient"/> with a managed identity instead.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>A private container (no anonymous access), created when missing.</summary>
    public string ContainerName { get; set; } = "media";
}
