using Azure.Identity;
using Azure.Storage.Blobs;
using Huizermaat.Approval.Media;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Integrations.Media;

public static class MediaServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="MediaPipeline"/> and the Blob Storage <see cref="IMediaStore"/>. The
    /// <see cref="BlobServiceClient"/> comes from <c>Media:Storage:ConnectionString</c> (Azurite, or an account key), or
    /// from <c>Media:Storage:ServiceUri</c> with the managed identity (<c>Media:Storage:ClientId</c>), unless the host
    /// registered one.
    /// </summary>
    public static IServiceCollection AddMediaPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<MediaPipelineOptions>()
            .Bind(configuration.GetSection(MediaPipelineOptions.SectionName))
            .Validate(o => o.MaxPixels > 0, "Media:MaxPixels must be positive.")
            .Validate(
                o => o.ImageMagick.IsValid,
                "Media:ImageMagick: MemoryBytes, AreaPixels, MaxSide and MaxFrames must be positive, DiskBytes not negative, TimeLimit at least 1 second.")
            .ValidateOnStart();
        services.AddOptions<BlobMediaStoreOptions>().Bind(configuration.GetSection(BlobMediaStoreOptions.SectionName));
        services.TryAddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<BlobMediaStoreOptions>>().Value;
            if (!string.IsNullOrWhiteSpace(settings.ConnectionString))
            {
                return new BlobServiceClient(settings.ConnectionString);
            }

            return settings.ServiceUri is { } serviceUri
                ? new BlobServiceClient(serviceUri, new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = settings.ClientId }))
                : throw new InvalidOperationException("Set Media:Storage:ConnectionString (Azurite) or Media:Storage:ServiceUri (Azure, managed identity) for the media store.");
        });
        services.TryAddSingleton<IMediaStore, BlobMediaStore>();
        services.TryAddSingleton<MediaPipeline>();
        return services;
    }
}
