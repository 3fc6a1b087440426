using Azure;
using Azure.Data.Tables;
using Huizermaat.Approval.Publishing;

namespace Huizermaat.Approval.Workflow.Storage;

/// <summary>
/// Table <c>PublishAttempts</c>: partition = idempotency key, row = empty; one row per publication ever attempted.
/// Adding the row is the atomic "first attempt?" test: a second add of the same key conflicts.
/// </summary>
public sealed class TablePublishAttemptLog(WorkflowStorage storage, TimeProvider time) : IPublishAttemptLog
{
    private TableClient Table => storage.Table(WorkflowStorage.PublishAttemptsTable);

    public async Task<bool> TryRecordAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(idempotencyKey) || idempotencyKey.IndexOfAny(['/', '\\', '#', '?']) >= 0 || idempotencyKey.Any(char.IsControl))
        {
            throw new ArgumentException($"'{idempotencyKey}' cannot be a table key.", nameof(idempotencyKey));
        }

        try
        {
            await Table.AddEntityAsync(new TableEntity(idempotencyKey, string.Empty) { ["FirstAttemptAt"] = time.GetUtcNow() }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }
}
