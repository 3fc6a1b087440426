using Huizermaat.Approval.Integrations.Mail;
using Huizermaat.Approval.Integrations.Media;
using Huizermaat.Approval.Integrations.Publishing;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Maintenance;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Huizermaat.Approval.Web.Composition;

public static class AppServiceCollectionExtensions
{
    /// <summary>
    /// Everything the app needs except its Durable Task engine, identically for the Functions app and the local host:
    /// storage clients, protocol checks, the workflow's stores and client, mail (SendGrid, or in Development without
    /// a key the development mailbox), publishers (configured networks; in Development the development sink for the
    /// others), the media pipeline and the web handlers.
    /// </summary>
    public static IServiceCollection AddHuizermaatApp(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var storage = StorageAccount.From(configuration);
        services.TryAddSingleton(storage.CreateTableServiceClient());
        services.TryAddSingleton(storage.CreateBlobServiceClient());

        services.AddHuizermaatWeb(configuration);
        services.AddApprovalWorkflowServices(configuration);
        services.AddMaintenance(configuration);
        var sendGridConfigured = !string.IsNullOrWhiteSpace(configuration[$"{SendGridOptions.SectionName}:ApiKey"]);
        if (environment.IsDevelopment())
        {
            services.AddDevelopmentSinks();
        }
        else if (!sendGridConfigured)
        {
            throw new InvalidOperationException("SendGrid:ApiKey is not set: outside Development the app cannot send its mails without it.");
        }

        if (sendGridConfigured)
        {
            services.AddSendGridMail(configuration);
        }
        else
        {
            services.AddSendGridEventWebhook(configuration);
        }

        services.AddMediaPipeline(configuration);
        services.AddPublishers(configuration);
        return services;
    }
}
