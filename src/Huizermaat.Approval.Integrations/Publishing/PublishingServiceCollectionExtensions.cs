using Huizermaat.Approval.Integrations.Publishing.LinkedIn;
using Huizermaat.Approval.Integrations.Publishing.Mastodon;
using Huizermaat.Approval.Integrations.Publishing.Meta;
using Huizermaat.Approval.Integrations.Publishing.X;
using Huizermaat.Approval.Publishing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Huizermaat.Approval.Integrations.Publishing;

public static class PublishingServiceCollectionExtensions
{
    /// <summary>
    /// Registers an <see cref="IPublisher"/> for every network whose section under <c>Publishing</c> is filled in,
    /// and the <see cref="PublisherRegistry"/>. A host that wants development sinks for the other networks registers
    /// them before calling this. Requires an <see cref="Approval.Media.IMediaStore"/>.
    /// </summary>
    public static IServiceCollection AddPublishers(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<PublishingOptions>().Bind(configuration.GetSection(PublishingOptions.SectionName));
        services.TryAddTransient<PublisherRegistry>();

        Add<MastodonPublisher, MastodonOptions>(services, configuration, MastodonOptions.SectionName, o => o.IsConfigured);
        Add<FacebookPublisher, FacebookOptions>(services, configuration, FacebookOptions.SectionName, o => o.IsConfigured);
        Add<InstagramPublisher, InstagramOptions>(services, configuration, InstagramOptions.SectionName, o => o.IsConfigured);
        Add<LinkedInPublisher, LinkedInOptions>(services, configuration, LinkedInOptions.SectionName, o => o.IsConfigured);
        if (Add<XPublisher, XOptions>(services, configuration, XOptions.SectionName, o => o.IsConfigured) is { } x)
        {
            services.TryAddTransient<OAuth1Handler>();
            x.AddHttpMessageHandler<OAuth1Handler>();
        }

        return services;
    }

    private static IHttpClientBuilder? Add<TPublisher, TOptions>(
        IServiceCollection services, IConfiguration configuration, string section, Func<TOptions, bool> isConfigured)
        where TPublisher : class, IPublisher
        where TOptions : class, new()
    {
        var settings = configuration.GetSection(section).Get<TOptions>();
        services.AddOptions<TOptions>().Bind(configuration.GetSection(section));
        if (settings is null || !isConfigured(settings))
        {
            return null;
        }

        var client = services.AddHttpClient<TPublisher>((sp, http) =>
            http.Timeout = sp.GetRequiredService<IOptions<PublishingOptions>>().Value.Timeout);
        client.AddResilienceHandler(section, static (builder, context) =>
        {
            var shared = context.ServiceProvider.GetRequiredService<IOptions<PublishingOptions>>().Value;
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, shared.MaxRetries),
                Delay = shared.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(
                    RetrySafety.IsRetrySafe(args.Context.GetRequestMessage()) && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
            });
        });
        services.AddTransient<IPublisher>(sp => sp.GetRequiredService<TPublisher>());
        return client;
    }
}
