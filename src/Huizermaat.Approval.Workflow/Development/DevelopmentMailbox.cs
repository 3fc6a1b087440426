using System.Text.Json;
using System.Text.RegularExpressions;
using Azure;
using Azure.Data.Tables;
using Huizermaat.Approval.Mail;
using Huizermaat.Approval.Workflow.Storage;

namespace Huizermaat.Approval.Workflow.Development;

/// <summary>
/// The mail sender of a development host without a SendGrid key: keeps every mail in table <c>DevMailbox</c>
/// (partition = draft id, row = message id) so that a restart loses nothing. A message sent again under the
/// same id replaces the first and counts a second delivery, so a duplicate shows.
/// </summary>
public sealed partial class DevelopmentMailbox(WorkflowStorage storage, TimeProvider time) : IMailSender
{
    private TableClient Table => storage.Table(WorkflowStorage.DevMailboxTable);

    public async Task SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var draftId = message.CustomArgs.GetValueOrDefault(MailArgs.DraftId) ?? "none";
        var messageId = message.CustomArgs.GetValueOrDefault(MailArgs.MessageId) ?? Guid.NewGuid().ToString("N");
        NullableResponse<TableEntity> existing = await Table.GetEntityIfExistsAsync<TableEntity>(draftId, messageId, cancellationToken: cancellationToken);
        var deliveries = (existing.HasValue ? existing.Value?.GetInt32("Deliveries") ?? 0 : 0) + 1;
        await Table.UpsertEntityAsync(
            new TableEntity(draftId, messageId)
            {
                ["Kind"] = message.Kind.ToString(),
                ["To"] = message.To.Email,
                ["Subject"] = message.Subject,
                ["Text"] = message.Text,
                ["Html"] = message.Html,
                ["Links"] = JsonSerializer.Serialize(Url().Matches(message.Text).Select(m => m.Value).ToList()),
                ["ReceivedAt"] = time.GetUtcNow(),
                ["Deliveries"] = deliveries,
                ["InlineImages"] = message.InlineImages?.Count ?? 0,
                ["CustomArgs"] = JsonSerializer.Serialize(message.CustomArgs),
            },
            TableUpdateMode.Replace,
            cancellationToken);
    }

    /// <summary>The mails of one draft, or of all drafts when <paramref name="draftId"/> is null.</summary>
    public async Task<IReadOnlyList<DevelopmentMail>> ListAsync(string? draftId, CancellationToken cancellationToken)
    {
        var query = draftId is null
            ? Table.QueryAsync<TableEntity>(cancellationToken: cancellationToken)
            : Table.QueryAsync<TableEntity>(e => e.PartitionKey == draftId, cancellationToken: cancellationToken);
        var mails = new List<DevelopmentMail>();
        await foreach (var row in query)
        {
            mails.Add(new DevelopmentMail(
                row.PartitionKey,
                row.RowKey,
                row.GetString("Kind"),
                row.GetString("To"),
                row.GetString("Subject"),
                row.GetString("Text"),
                row.GetString("Html"),
                JsonSerializer.Deserialize<List<string>>(row.GetString("Links") ?? "[]") ?? [],
                row.GetDateTimeOffset("ReceivedAt") ?? default,
                row.GetInt32("Deliveries") ?? 1,
                row.GetInt32("InlineImages") ?? 0,
                JsonSerializer.Deserialize<Dictionary<string, string>>(row.GetString("CustomArgs") ?? "{}")));
        }

        return [.. mails.OrderBy(m => m.ReceivedAt)];
    }

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex Url();
}
