using Azure;
using Azure.Data.Tables;

namespace Huizermaat.Approval.Workflow.Storage;

/// <summary>
/// Table <c>Approvals</c> (partition = draft id, row = <c>{stepId}|{holderId}</c>): who was asked what and what
/// they answered; table <c>ApprovalLinks</c> (partition = token hash): what each e-mail link grants.
/// </summary>
public sealed class ApprovalStore(WorkflowStorage storage)
{
    private TableClient Approvals => storage.Table(WorkflowStorage.ApprovalsTable);

    private TableClient Links => storage.Table(WorkflowStorage.ApprovalLinksTable);

    /// <summary>
    /// Records a request (or a reminder's or escalation's fresh link) and the link's token hash, which becomes the
    /// approver's one live link for the step: an earlier link of theirs for it stops working.
    /// </summary>
    public async Task RecordRequestAsync(ApprovalRecord record, string tokenHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await Links.UpsertEntityAsync(
            new TableEntity(tokenHash, string.Empty)
            {
                ["DraftId"] = record.DraftId,
                ["Revision"] = record.Revision,
                ["StepId"] = record.StepId,
                ["HolderId"] = record.HolderId,
                ["ContentHash"] = record.ContentHash,
                ["ExpiresAt"] = record.ExpiresAt,
            },
            TableUpdateMode.Replace,
            cancellationToken);
        await SaveAsync(record with { TokenHash = tokenHash }, cancellationToken);
    }

    public async Task SaveAsync(ApprovalRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await Approvals.UpsertEntityAsync(
            new TableEntity(record.DraftId, RowKey(record.StepId, record.HolderId))
            {
                ["StepId"] = record.StepId,
                ["HolderId"] = record.HolderId,
                ["Revision"] = record.Revision,
                ["ContentHash"] = record.ContentHash,
                ["State"] = record.State,
                ["RequestedAt"] = record.RequestedAt,
                ["ExpiresAt"] = record.ExpiresAt,
                ["DecidedAt"] = record.DecidedAt,
                ["Comment"] = record.Comment,
                ["TokenHash"] = record.TokenHash,
            },
            TableUpdateMode.Replace,
            cancellationToken);
    }

    public async Task<ApprovalLink?> FindLinkAsync(string tokenHash, CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> response = await Links.GetEntityIfExistsAsync<TableEntity>(tokenHash, string.Empty, cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } row
            ? new ApprovalLink(
                tokenHash,
                row.GetString("DraftId"),
                row.GetInt32("Revision") ?? 0,
                row.GetString("StepId"),
                row.GetString("HolderId"),
                row.GetString("ContentHash"),
                row.GetDateTimeOffset("ExpiresAt") ?? default)
            : null;
    }

    public async Task<ApprovalRecord?> GetAsync(string draftId, string stepId, string holderId, CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> response = await Approvals.GetEntityIfExistsAsync<TableEntity>(draftId, RowKey(stepId, holderId), cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } row ? Read(draftId, row) : null;
    }

    public async Task<IReadOnlyList<ApprovalRecord>> ListAsync(string draftId, CancellationToken cancellationToken)
    {
        var records = new List<ApprovalRecord>();
        await foreach (var row in Approvals.QueryAsync<TableEntity>(e => e.PartitionKey == draftId, cancellationToken: cancellationToken))
        {
            records.Add(Read(draftId, row));
        }

        return records;
    }

    private static ApprovalRecord Read(string draftId, TableEntity row) => new(
        draftId,
        row.GetString("StepId"),
        row.GetString("HolderId"),
        row.GetInt32("Revision") ?? 0,
        row.GetString("ContentHash"),
        row.GetString("State"),
        row.GetDateTimeOffset("RequestedAt") ?? default,
        row.GetDateTimeOffset("ExpiresAt") ?? default,
        row.GetDateTimeOffset("DecidedAt"),
        row.GetString("Comment"),
        row.GetString("TokenHash"));

    private static string RowKey(string stepId, string holderId) => $"{stepId}|{holderId}";
}
