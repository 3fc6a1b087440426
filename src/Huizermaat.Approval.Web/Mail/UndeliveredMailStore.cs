using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Huizermaat.Approval.Mail;
using Huizermaat.Approval.Web.Storage;

namespace Huizermaat.Approval.Web.Mail;

/// <summary>
/// Table <c>UndeliveredMails</c> (partition = draft id, row = a hash of SendGrid's event id): the bounced and dropped
/// workflow mails, for the author's status page and Beheer. Adding the same event twice keeps one row.
/// </summary>
public sealed class UndeliveredMailStore(WebTables tables)
{
    /// <returns>True when the event was new; false when it had been recorded before (a redelivery).</returns>
    public async Task<bool> TryAddAsync(UndeliveredMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var table = tables.Get(WebTables.UndeliveredMailsTable);
        try
        {
            await table.AddEntityAsync(
                new TableEntity(mail.DraftId, RowKey(mail.EventId))
                {
                    ["EventId"] = mail.EventId,
                    ["Outcome"] = mail.Outcome.ToString(),
                    ["Email"] = mail.Email,
                    ["StepId"] = mail.StepId,
                    ["Reason"] = mail.Reason,
                    ["At"] = mail.At,
                },
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>The undelivered mails of one draft, or of every draft when <paramref name="draftId"/> is null; oldest first.</summary>
    public async Task<IReadOnlyList<UndeliveredMail>> ListAsync(string? draftId, CancellationToken cancellationToken)
    {
        var table = tables.Get(WebTables.UndeliveredMailsTable);
        var rows = draftId is null
            ? table.QueryAsync<TableEntity>(cancellationToken: cancellationToken)
            : table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {draftId}"), cancellationToken: cancellationToken);
        var mails = new List<UndeliveredMail>();
        await foreach (var row in rows.ConfigureAwait(false))
        {
            mails.Add(new UndeliveredMail(
                row.PartitionKey,
                row.GetString("EventId"),
                Enum.TryParse<MailDeliveryOutcome>(row.GetString("Outcome"), out var outcome) ? outcome : MailDeliveryOutcome.Bounced,
                row.GetString("Email") ?? string.Empty,
                row.GetString("StepId"),
                row.GetString("Reason"),
                row.GetDateTimeOffset("At") ?? default));
        }

        return [.. mails.OrderBy(m => m.At)];
    }

    /// <summary>SendGrid's event ids are base64 and may hold characters a row key cannot ('/').</summary>
    public static string RowKey(string eventId) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(eventId)))[..32];
}
