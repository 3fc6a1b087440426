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
    /// Registers the <see cref="MediaPipeline"/> and the Blob Storage <see cref="IMediaStore"/>. With
    /// <c>Media:Storage:ConnectionString</c> set, the <see cref="BlobServiceClient"/> is made from it; otherwise the host
    /// registers one (with a managed identity in Azure).
    /// </summary>
    public static IServiceCollection AddMediaPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<MediaPipelineOptions>().Bind(configuration.GetSection(MediaPipelineOptions.SectionName));
        services.AddOptions<BlobMediaStoreOptions>().Bind(configuration.GetSection(BlobMediaStoreOptions.SectionName));
        services.TryAddSingleton(sp =>
        {
            var connectionString = sp.GetRequiredService<IOptions<BlobMediaStoreOptions>>().Value.ConnectionString;
            return string.IsNullOrWhiteSpace(connectionString)
                ? throw new InvalidOperationException("Media:Storage:ConnectionString is not set and no BlobServiceClient is registered.")
                : new BlobServiceClient(connectionString);
        });
        services.TryAddSingleton<IMediaStore, BlobMediaStore>();
        services.TryAddSingleton<MediaPipeline>();
        return services;
    }
}
