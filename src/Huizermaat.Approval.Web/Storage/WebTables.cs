using Azure.Data.Tables;
using Huizermaat.Approval.Workflow.Storage;

namespace Huizermaat.Approval.Web.Storage;

/// <summary>
/// The web app's own tables beside the workflow's read model: <c>MediaUploads</c> (who uploaded which media item)
/// and <c>LinkUses</c> (which e-mail links were used, for what). Created on first use.
/// </summary>
public sealed class WebTables(WorkflowStorage storage)
{
    public const string MediaUploadsTable = "MediaUploads";
    public const string LinkUsesTable = "LinkUses";

    private readonly Lazy<Task> created = new(async () =>
    {
        await storage.Table(MediaUploadsTable).CreateIfNotExistsAsync().ConfigureAwait(false);
        await storage.Table(LinkUsesTable).CreateIfNotExistsAsync().ConfigureAwait(false);
    });

    public async Task<TableClient> GetAsync(string name)
    {
        await created.Value.ConfigureAwait(false);
        return storage.Table(name);
    }
}
