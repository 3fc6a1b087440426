using System.Net;
using Azure;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Integrations.Media;
using Huizermaat.Approval.Media;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Integrations.Tests.Media;

/// <summary>
/// The media store as it runs in Azure, with the app's managed identity and no account key: Blob Storage (Azurite over
/// HTTPS with Entra ID tokens) and read addresses signed with a user delegation key.
/// </summary>
public sealed class BlobMediaStoreWithEntraIdTests(EntraIdAzuriteFixture azurite) : IClassFixture<EntraIdAzuriteFixture>
{
    private static readonly byte[] Photo = TestMedia.Png(40, 30);

    [Fact]
    public async Task With_a_managed_identity_a_read_address_is_a_user_delegation_sas_for_that_one_file()
    {
        var store = Store(new EntraIdToken());
        var photo = await SaveAsync(store);
        var other = await SaveAsync(store);
        using var anonymous = azurite.AnonymousClient();

        var address = await store.GetReadUriAsync(photo.MediaId, TimeSpan.FromMinutes(10), CancellationToken.None);
        var signed = await anonymous.GetAsync(address);
        var unsigned = await anonymous.GetAsync(address.GetLeftPart(UriPartial.Path));
        var otherFile = await anonymous.GetAsync(new Uri(address.AbsoluteUri.Replace(photo.MediaId, other.MediaId, StringComparison.Ordinal)));

        Assert.Contains($"skoid={EntraIdToken.ObjectId}", address.Query, StringComparison.Ordinal);
        Assert.Contains("sp=r", address.Query, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal(Photo, await signed.Content.ReadAsByteArrayAsync());
        Assert.False(unsigned.IsSuccessStatusCode, $"unsigned: {unsigned.StatusCode}");
        Assert.Equal(HttpStatusCode.Forbidden, otherFile.StatusCode);
    }

    [Fact]
    public async Task A_token_for_another_audience_is_refused_and_nothing_is_stored()
    {
        var store = Store(new EntraIdToken(audience: "https://vault.azure.net"));

        var refused = await Assert.ThrowsAsync<RequestFailedException>(() => SaveAsync(store));

        Assert.Equal(403, refused.Status);
        Assert.False(await azurite.EntraIdClient(new EntraIdToken()).GetBlobContainerClient(ContainerName).GetBlobClient("any").ExistsAsync());
    }

    private const string ContainerName = "media-entra";

    private BlobMediaStore Store(EntraIdToken token) =>
        new(azurite.EntraIdClient(token), Options.Create(new BlobMediaStoreOptions { ContainerName = ContainerName }), TimeProvider.System);

    private static async Task<StoredMedia> SaveAsync(BlobMediaStore store)
    {
        var media = new StoredMedia(Guid.NewGuid().ToString("N"), MediaKind.Photo, "image/png", Photo.Length);
        await store.SaveAsync(media, new MemoryStream(Photo), thumbnail: null, CancellationToken.None);
        return media;
    }
}
