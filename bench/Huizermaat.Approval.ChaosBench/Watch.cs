using System.Text.Json;
using Azure.Data.Tables;
using Huizermaat.Approval.Workflow.Storage;

namespace Huizermaat.Approval.ChaosBench;

/// <summary>A mail in the development mailbox, as the bench reads it.</summary>
public sealed record Mail(string DraftId, string MessageId, string Kind, string To, string? StepId, Uri? Link, DateTimeOffset ReceivedAt, int Deliveries);

/// <summary>A post the development publisher received.</summary>
public sealed record DevPost(string Channel, string Key, string DraftId, string Text, bool Deleted, int Deletions);

/// <summary>
/// The bench's own view of the storage account, beside the host (it works while the host is down): the development
/// mailbox and publisher, and the drafts' read model.
/// </summary>
public sealed class Watch(string connectionString)
{
    private readonly TableServiceClient tables = new(connectionString);

    public async Task<IReadOnlyList<Mail>> MailsAsync(string? draftId, CancellationToken cancellationToken)
    {
        var table = tables.GetTableClient(WorkflowStorage.DevMailboxTable);
        var rows = draftId is null ? table.QueryAsync<TableEntity>(cancellationToken: cancellationToken) : table.QueryAsync<TableEntity>(e => e.PartitionKey == draftId, cancellationToken: cancellationToken);
        var mails = new List<Mail>();
        await foreach (var row in rows)
        {
            var args = JsonSerializer.Deserialize<Dictionary<string, string>>(row.GetString("CustomArgs") ?? "{}") ?? [];
            var link = JsonSerializer.Deserialize<List<string>>(row.GetString("Links") ?? "[]")?.FirstOrDefault(l => l.Contains("/link/", StringComparison.Ordinal));
            mails.Add(new Mail(
                row.PartitionKey,
                row.RowKey,
                row.GetString("Kind") ?? string.Empty,
                row.GetString("To") ?? string.Empty,
                args.GetValueOrDefault("stepId"),
                link is null ? null : new Uri(link),
                row.GetDateTimeOffset("ReceivedAt") ?? default,
                row.GetInt32("Deliveries") ?? 1));
        }

        return [.. mails.OrderBy(m => m.ReceivedAt)];
    }

    public async Task<IReadOnlyList<DevPost>> PostsAsync(CancellationToken cancellationToken)
    {
        var posts = new List<DevPost>();
        await foreach (var row in tables.GetTableClient(WorkflowStorage.DevPublishedTable).QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            posts.Add(new DevPost(
                row.PartitionKey,
                row.RowKey,
                row.GetString("DraftId") ?? string.Empty,
                row.GetString("Text") ?? string.Empty,
                row.GetDateTimeOffset("DeletedAt") is not null,
                row.GetInt32("Deletions") ?? 0));
        }

        return posts;
    }

    /// <summary>The draft's stage and revision in the read model, or null before it has one.</summary>
    public async Task<(string Stage, int Revision)?> StageAsync(string draftId, CancellationToken cancellationToken)
    {
        var row = await tables.GetTableClient(WorkflowStorage.DraftsTable).GetEntityIfExistsAsync<TableEntity>(draftId, "state", cancellationToken: cancellationToken);
        return row.HasValue && row.Value is { } state ? (state.GetString("Stage") ?? string.Empty, state.GetInt32("Revision") ?? 0) : null;
    }

    /// <summary>Every approval instance on the task hub: one per draft that was submitted.</summary>
    public async Task<IReadOnlyList<string>> ApprovalInstancesAsync(string hubName, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var row in tables.GetTableClient($"{hubName}Instances").QueryAsync<TableEntity>(select: ["PartitionKey", "Name"], cancellationToken: cancellationToken))
        {
            if (row.GetString("Name") == "ApprovalOrchestrator")
            {
                ids.Add(row.PartitionKey);
            }
        }

        return ids;
    }
}
