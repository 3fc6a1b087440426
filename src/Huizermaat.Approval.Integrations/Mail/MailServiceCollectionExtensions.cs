using Huizermaat.Approval.Mail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Huizermaat.Approval.Integrations.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SendGridMailSender"/> as the <see cref="IMailSender"/>, its options from the
    /// <c>SendGrid</c> section, and an HTTP client that retries 429 and 5xx with exponential backoff, honouring
    /// Retry-After. Hosts call this only when <see cref="SendGridOptions.IsConfigured"/>; otherwise they register the
    /// development mailbox. Also registers the <see cref="SendGridEventWebhook"/> reader.
    /// </summary>
    public static IServiceCollection AddSendGridMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSendGridEventWebhook(configuration);
        services.AddHttpClient<IMailSender, SendGridMailSender>()
            .AddResilienceHandler("sendgrid", static (builder, context) =>
            {
                var settings = context.ServiceProvider.GetRequiredService<IOptions<SendGridOptions>>().Value;
                builder.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(1, settings.MaxRetries),
                    Delay = settings.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldRetryAfterHeader = true,
                });
            });
        return services;
    }

    /// <summary>
    /// Registers the <c>SendGrid</c> options and the <see cref="SendGridEventWebhook"/> reader alone: hosts call it
    /// whether or not mail goes through SendGrid, so that the event endpoint exists (and refuses every post while
    /// <see cref="SendGridOptions.WebhookVerificationKey"/> is not set). Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddSendGridEventWebhook(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(SendGridEventWebhook)))
        {
            return services;
        }

        // A key without a sender is refused when the sender is made; outside Development the host refuses to start
        // without one (Hosting's ProductionSettings, which names every missing setting at once).
        services.AddOptions<SendGridOptions>()
            .Bind(configuration.GetSection(SendGridOptions.SectionName))
            .Validate(o => !o.IsConfigured || !string.IsNullOrWhiteSpace(o.FromEmail), "SendGrid:FromEmail is required when SendGrid:ApiKey is set.");
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SendGridEventWebhook>();
        return services;
    }
}
