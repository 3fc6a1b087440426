using System.Xml.Linq;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Huizermaat.Approval.Hosting.Storage;

/// <summary>
/// The data-protection key ring in the app's storage account (container <c>dataprotection</c>, private, created at
/// start by <see cref="StorageInitializer"/>), so that every instance of the Functions app and every restart of the
/// local host reads the anti-forgery tokens and login cookies the others wrote. The keys are not encrypted at rest
/// beyond Storage's own encryption: the container is as secret as the account. (The package that does this is not
/// on our feed.)
/// </summary>
public sealed class BlobXmlRepository(Func<BlobContainerClient> containerFactory) : IXmlRepository
{
    // Made on first use: the options that hold this repository are built while the host validates its settings.
    private readonly Lazy<BlobContainerClient> lazyContainer = new(containerFactory);

    private BlobContainerClient Container => lazyContainer.Value;

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        var elements = new List<XElement>();
        foreach (var blob in Container.GetBlobs())
        {
            var content = Container.GetBlobClient(blob.Name).DownloadContent().Value.Content;
            elements.Add(XElement.Parse(content.ToString()));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var name = string.Concat((friendlyName ?? Guid.NewGuid().ToString("N")).Where(c => char.IsAsciiLetterOrDigit(c) || c == '-'));
        Container.GetBlobClient($"{name}.xml").Upload(BinaryData.FromString(element.ToString(SaveOptions.DisableFormatting)), overwrite: true);
    }
}
