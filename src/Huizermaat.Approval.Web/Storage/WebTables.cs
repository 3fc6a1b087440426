using Azure.Data.Tables;
using Huizermaat.Approval.Workflow.Storage;

namespace Huizermaat.Approval.Web.Storage;

/// <summary>
/// The web app's own tables beside the workflow's read model: <c>MediaUploads</c> (who uploaded which media item)
/// <c>LinkUses</c> (which e-mail links were used, for what) and
/// <c>HandledFailures</c> (failures an operator marked handled) and <c>UndeliveredMails</c> (mails SendGrid reported
/// bounced or dropped). Created on first use.
/// </summary>
public sealed class WebTables(WorkflowStorage storage)
{
    public const string MediaUploadsTable = "MediaUploads";
    public const string LinkUsesTable = "LinkUses";
    public const string HandledFailuresTable = "HandledFailures";
    public const string UndeliveredMailsTable = "UndeliveredMails";

    private readonly Lazy<Task> created = new(async () =>
    {
        await storage.Table(MediaUploadsTable).CreateIfNotExistsAsync().ConfigureAwait(false);
        await storage.Table(LinkUsesTable).CreateIfNotExistsAsync().ConfigureAwait(false);
        await storage.Table(HandledFailuresTable).CreateIfNotExistsAsync().ConfigureAwait(false);
        await storage.Table(UndeliveredMailsTable).CreateIfNotExistsAsync().ConfigureAwait(false);
    });

    public async Task<TableClient> GetAsync(string name)
    {
        await created.Value.ConfigureAwait(false);
        return storage.Table(name);
    }
}
