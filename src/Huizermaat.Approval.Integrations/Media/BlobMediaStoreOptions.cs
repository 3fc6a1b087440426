namespace Huizermaat.Approval.Integrations.Media;

/// <summary>Where media are kept in the app's storage account, bound from <c>Media:Storage</c>.</summary>
public sealed class BlobMediaStoreOptions
{
    public const string SectionName = "Media:Storage";

    /// <summary>
    /// A private container (no anonymous access). The app creates it at start and the infrastructure declares it
    /// as <c>media</c>; another name is for tests only.
    /// </summary>
    public string ContainerName { get; set; } = "media";
}
