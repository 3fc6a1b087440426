using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Huizermaat.Approval.Hosting.Startup;
using Huizermaat.Approval.Hosting.Storage;
using Huizermaat.Approval.Integrations.Mail;
using Huizermaat.Approval.Integrations.Media;
using Huizermaat.Approval.Integrations.Publishing;
using Huizermaat.Approval.Web;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Maintenance;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Hosting;

public static class AppServiceCollectionExtensions
{
    /// <summary>
    /// The whole app but its transport, identically for the Functions app and the local host: the startup work
    /// (<see cref="StartupTasks"/>, run before anything else the host starts), the storage clients of the one account,
    /// the data-protection key ring, protocol checks, the workflow's stores and client, mail (SendGrid, or in
    /// Development without a key the development mailbox), publishers (configured networks; in Development the
    /// development sink for the others), the media pipeline and the web handlers. The host adds its Durable Task
    /// engine (or the Functions binding that stands for it) and maps the handlers.
    /// </summary>
    public static IServiceCollection AddHuizermaatApp(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        // Outside Development, a missing or unsafe setting stops the start, with one message naming them all.
        services.AddOptions<ProductionSettingsCheck>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ProductionSettingsCheck>, ProductionSettingsValidation>());
        for (var i = 0; i < StartupTasks.Count; i++)
        {
            // First in the list: the host's own services (the Functions worker's channel, Kestrel, the Durable
            // engine) start after the tables exist.
            services.Insert(i, ServiceDescriptor.Singleton(typeof(IHostedService), StartupTasks[i]));
        }

        services.AddAppStorage(configuration);
        services.AddHuizermaatWeb(configuration);
        services.AddApprovalWorkflowServices(configuration);
        services.AddMaintenance(configuration);
        if (environment.IsDevelopment())
        {
            services.AddDevelopmentSinks();
        }

        if (!string.IsNullOrWhiteSpace(configuration[$"{SendGridOptions.SectionName}:{nameof(SendGridOptions.ApiKey)}"]))
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

    /// <summary>The work both hosts do at start, in this order, before their own services start.</summary>
    public static IReadOnlyList<Type> StartupTasks { get; } = [typeof(StorageInitializer), typeof(DemoRosterLoader)];

    /// <summary>
    /// The account (<see cref="StorageAccount"/>), its Table and Blob clients and the data-protection key ring in it.
    /// Made when first asked for, so that a missing setting is reported by the start-up validation, not here.
    /// </summary>
    private static void AddAppStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(_ => StorageAccount.From(configuration));
        services.TryAddSingleton<TokenCredential>(provider => provider.GetRequiredService<StorageAccount>().CreateCredential());
        services.TryAddSingleton(provider => provider.GetRequiredService<StorageAccount>().CreateTableServiceClient(provider.GetRequiredService<TokenCredential>));
        services.TryAddSingleton(provider => provider.GetRequiredService<StorageAccount>().CreateBlobServiceClient(provider.GetRequiredService<TokenCredential>));

        services.AddDataProtection().SetApplicationName("Huizermaat.Approval");
        services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((options, provider) =>
            options.XmlRepository = new BlobXmlRepository(() => provider.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(StorageLayout.DataProtectionContainer)));
    }
}
