using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Huizermaat.Approval.Workflow.Storage;

/// <summary>
/// The tables and the container of the workflow's read model (see README.md, "Storage layout"). The Durable
/// task hub keeps its own tables, queues and container beside these.
/// </summary>
public sealed class WorkflowStorage(TableServiceClient tables, BlobServiceClient blobs)
{
    public const string DraftsTable = "Drafts";
    public const string ApprovalsTable = "Approvals";
    public const string ApprovalLinksTable = "ApprovalLinks";
    public const string ChannelsTable = "Channels";
    public const string AuditTable = "Audit";
    public const string PeopleTable = "People";
    public const string ConsentsTable = "Consents";
    public const string DevMailboxTable = "DevMailbox";
    public const string DevPublishedTable = "DevPublished";
    public const string PublishAttemptsTable = "PublishAttempts";
    public const string MailAttemptsTable = "MailAttempts";
    public const string PublishingPauseTable = "PublishingPause";
    public const string SubmissionsContainer = "submissions";

    public static IReadOnlyList<string> Tables { get; } =
        [DraftsTable, ApprovalsTable, ApprovalLinksTable, ChannelsTable, AuditTable, PeopleTable, ConsentsTable, DevMailboxTable, DevPublishedTable, PublishAttemptsTable, MailAttemptsTable, PublishingPauseTable];

    public TableClient Table(string name) => tables.GetTableClient(name);

    public BlobContainerClient Submissions => blobs.GetBlobContainerClient(SubmissionsContainer);

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        foreach (var name in Tables)
        {
            await tables.CreateTableIfNotExistsAsync(name, cancellationToken);
        }

        await Submissions.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
    }
}
