using Azure.Storage.Blobs;
using Huizermaat.Approval.Integrations.Media.Faces;
using Huizermaat.Approval.Media;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Huizermaat.Approval.Integrations.Media;

public static class MediaServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="MediaPipeline"/> with its <see cref="FaceDetector"/>, the <see cref="BlurredCopies"/> and the Blob Storage <see cref="IMediaStore"/> in the app's storage
    /// account: the host registers the <see cref="BlobServiceClient"/> (a connection string, or the managed identity).
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
        services.AddOptions<FaceDetectionOptions>()
            .Bind(configuration.GetSection(FaceDetectionOptions.SectionName))
            .Validate(o => o.IsValid, "Media:Faces: MinConfidence must lie between 0 and 1, SmallestFace between 0.002 and 0.5 (a fraction of the photo's longer side).")
            .ValidateOnStart();
        services.TryAddSingleton<FaceDetector>();
        services.TryAddSingleton<BlurredCopies>();
        services.AddOptions<BlobMediaStoreOptions>().Bind(configuration.GetSection(BlobMediaStoreOptions.SectionName));
        services.TryAddSingleton<IMediaStore, BlobMediaStore>();
        services.TryAddSingleton<MediaPipeline>();
        return services;
    }
}
