using Azure;
using Azure.Data.Tables;
using Huizermaat.Approval.Mail;

namespace Huizermaat.Approval.Workflow.Storage;

/// <summary>
/// Table <c>MailAttempts</c>: partition = message id, row = empty; one row per workflow mail ever attempted, with
/// <c>State</c> <c>sending</c> (written before the provider is called) or <c>sent</c> (after it accepted). Adding the
/// row is the atomic "first attempt?" test: a second add of the same id conflicts.
/// </summary>
public sealed class TableMailAttemptLog(WorkflowStorage storage, TimeProvider time) : IMailAttemptLog
{
    private const string Sending = "sending";
    private const string Sent = "sent";

    private TableClient Table => storage.Table(WorkflowStorage.MailAttemptsTable);

    public async Task<MailAttemptState> GetAsync(string messageId, CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> row = await Table.GetEntityIfExistsAsync<TableEntity>(
            Key(messageId), string.Empty, ["State"], cancellationToken);
        return !row.HasValue ? MailAttemptState.None : row.Value!.GetString("State") == Sent ? MailAttemptState.Sent : MailAttemptState.Sending;
    }

    public async Task<bool> TryRecordSendingAsync(string messageId, CancellationToken cancellationToken)
    {
        try
        {
            await Table.AddEntityAsync(
                new TableEntity(Key(messageId), string.Empty) { ["State"] = Sending, ["SendingAt"] = time.GetUtcNow() }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task RecordSentAsync(string messageId, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(
            new TableEntity(Key(messageId), string.Empty) { ["State"] = Sent, ["SentAt"] = time.GetUtcNow() }, TableUpdateMode.Merge, cancellationToken);

    public async Task ForgetAsync(string messageId, CancellationToken cancellationToken) =>
        await Table.DeleteEntityAsync(Key(messageId), string.Empty, ETag.All, cancellationToken);

    private static string Key(string messageId) =>
        string.IsNullOrEmpty(messageId) || messageId.IndexOfAny(['/', '\\', '#', '?']) >= 0 || messageId.Any(char.IsControl)
            ? throw new ArgumentException($"'{messageId}' cannot be a table key.", nameof(messageId))
            : messageId;
}
