using Huizermaat.Approval.Integrations.Media;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Integrations.Tests.Media;

public sealed class MediaRegistrationTests
{
    [Fact]
    public void An_ImageMagick_limit_that_cannot_work_is_refused_naming_the_setting()
    {
        using var services = Services(("Media:ImageMagick:TimeLimit", "00:00:00"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<MediaPipelineOptions>>().Value);

        Assert.Contains("Media:ImageMagick", error.Message, StringComparison.Ordinal);
        Assert.Contains("TimeLimit at least 1 second", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ImageMagick_limits_are_bound_from_the_Media_section()
    {
        using var services = Services(("Media:ImageMagick:MaxSide", "12000"), ("Media:ImageMagick:MaxFrames", "50"));

        var limits = services.GetRequiredService<IOptions<MediaPipelineOptions>>().Value.ImageMagick;

        Assert.Equal((12000u, 50u, 1L << 30), (limits.MaxSide, limits.MaxFrames, limits.MemoryBytes));
    }

    private static ServiceProvider Services(params (string Key, string Value)[] settings) =>
        new ServiceCollection().AddLogging()
            .AddMediaPipeline(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build())
            .BuildServiceProvider();
}
