using Azure;
using Azure.Data.Tables;
using Huizermaat.Approval.Web.Storage;

namespace Huizermaat.Approval.Web.Admin;

/// <summary>
/// Table <c>HandledFailures</c> (partition = draft id, row = <see cref="InstanceItem"/> or a channel name): failures an
/// operator marked as handled ("afhandelen"), so the dashboard stops listing them until something fails again.
/// </summary>
public sealed class HandledFailureStore(WebTables tables)
{
    /// <summary>The row of a failed Durable instance (as opposed to a channel).</summary>
    public const string InstanceItem = "instance";

    public async Task MarkAsync(string draftId, string item, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = tables.Get(WebTables.HandledFailuresTable);
        await table.UpsertEntityAsync(new TableEntity(draftId, item) { ["Actor"] = actor, ["At"] = at }, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>When the item was last marked handled, or null.</summary>
    public async Task<DateTimeOffset?> HandledAtAsync(string draftId, string item, CancellationToken cancellationToken)
    {
        var table = tables.Get(WebTables.HandledFailuresTable);
        NullableResponse<TableEntity> row = await table.GetEntityIfExistsAsync<TableEntity>(draftId, item, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? row.Value!.GetDateTimeOffset("At") : null;
    }
}
