using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Checks;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Mail;
using Huizermaat.Approval.Publishing;
using Huizermaat.Approval.Workflow.Development;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Workflow;

public static class WorkflowServiceCollectionExtensions
{
    /// <summary>
    /// What the workflow's activities need: options (sections <c>Approval</c> and <c>Workflow</c>), the read-model
    /// stores (with the publish and mail attempt logs), <see cref="WorkflowMail"/>, the protocol checker and the
    /// <see cref="ApprovalClient"/>. The host adds the storage clients (<see cref="AddWorkflowStorage"/>), a mail sender, publishers and an
    /// <see cref="Media.IMediaStore"/> (consent mails show thumbnails; publishers send the media's real content types).
    /// </summary>
    public static IServiceCollection AddApprovalWorkflowServices(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ApprovalOptions>().Bind(configuration.GetSection(ApprovalOptions.SectionName));
        services.AddOptions<WorkflowOptions>().Bind(configuration.GetSection(WorkflowOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddProtocolChecks(configuration);
        services.TryAddSingleton<WorkflowStorage>();
        services.TryAddSingleton<SubmissionStore>();
        services.TryAddSingleton<DraftStateStore>();
        services.TryAddSingleton<ApprovalStore>();
        services.TryAddSingleton<ChannelStore>();
        services.TryAddSingleton<AuditLog>();
        services.TryAddSingleton<PublishingPauseStore>();
        services.TryAddSingleton<RosterStore>();
        services.TryAddSingleton<RosterImporter>();
        services.TryAddSingleton<IPublishAttemptLog, TablePublishAttemptLog>();
        services.TryAddSingleton<IMailAttemptLog, TableMailAttemptLog>();
        services.TryAddSingleton<WorkflowMail>();
        services.TryAddTransient<PublisherRegistry>();
        services.TryAddScoped<ApprovalClient>();
        return services;
    }

    /// <summary>The Table and Blob clients of the read model, from a connection string.</summary>
    public static IServiceCollection AddWorkflowStorage(this IServiceCollection services, string connectionString)
    {
        services.TryAddSingleton(new TableServiceClient(connectionString));
        services.TryAddSingleton(new BlobServiceClient(connectionString));
        return services;
    }

    /// <summary>
    /// The development mailbox as the mail sender and a development publisher for every channel: for a host
    /// without a SendGrid key or network credentials. Both keep what they receive in Azure Storage.
    /// </summary>
    public static IServiceCollection AddDevelopmentSinks(this IServiceCollection services)
    {
        services.TryAddSingleton<DevelopmentMailbox>();
        services.TryAddSingleton<IMailSender>(provider => provider.GetRequiredService<DevelopmentMailbox>());
        foreach (var channel in Enum.GetValues<Channel>())
        {
            services.AddSingleton<IPublisher>(provider => new DevelopmentPublisher(
                channel,
                provider.GetRequiredService<WorkflowStorage>(),
                provider.GetRequiredService<IOptions<WorkflowOptions>>().Value.PublicBaseUrl,
                provider.GetRequiredService<TimeProvider>()));
        }

        return services;
    }
}
