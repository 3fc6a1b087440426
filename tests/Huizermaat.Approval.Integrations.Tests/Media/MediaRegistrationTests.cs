using Azure.Storage.Blobs;
using Huizermaat.Approval.Integrations.Media;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huizermaat.Approval.Integrations.Tests.Media;

public sealed class MediaRegistrationTests
{
    [Fact]
    public void In_Azure_the_store_reaches_the_account_with_the_managed_identity_not_a_key()
    {
        using var services = Services(("Media:Storage:ServiceUri", "https://sthuizermaat.blob.core.windows.net"), ("Media:Storage:ClientId", "00000000-0000-0000-0000-000000000001"));

        var client = services.GetRequiredService<BlobServiceClient>();

        Assert.Equal(new Uri("https://sthuizermaat.blob.core.windows.net"), client.Uri);
        Assert.False(client.CanGenerateAccountSasUri);
    }

    [Fact]
    public void Without_storage_settings_the_error_names_them()
    {
        using var services = Services();

        var error = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<BlobServiceClient>());

        Assert.Contains("Media:Storage:ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.Contains("Media:Storage:ServiceUri", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(params (string Key, string Value)[] settings) =>
        new ServiceCollection().AddLogging()
            .AddMediaPipeline(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build())
            .BuildServiceProvider();
}
