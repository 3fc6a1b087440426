using Azure;
using Azure.Data.Tables;
using Huizermaat.Approval.Web.Storage;

namespace Huizermaat.Approval.Web.Links;

/// <summary>
/// Table <c>LinkUses</c> (partition = token hash, row = use): an e-mail link is used once for its decision and,
/// for a consent given, once more to withdraw it. Adding the row is atomic, so two clicks at once make one use. One
/// approver's decision on one step of one revision is claimed once too (partition = <see cref="StepKey"/>), whether it
/// is given through a link (the mail's or a reminder's) or on Te beoordelen.
/// </summary>
public sealed class LinkUseStore(WebTables tables)
{
    public const string Decision = "decision";
    public const string ConsentWithdrawal = "withdrawal";

    /// <summary>The partition that claims an approver's one decision on a step of a revision.</summary>
    public static string StepKey(string draftId, int revision, string stepId, string holderId) => $"step|{draftId}|{revision}|{stepId}|{holderId}";

    /// <returns>True for the first use of this kind; false when the link was used for it before.</returns>
    public async Task<bool> TryUseAsync(string tokenHash, string use, string detail, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = tables.Get(WebTables.LinkUsesTable);
        try
        {
            await table.AddEntityAsync(new TableEntity(tokenHash, use) { ["Detail"] = detail, ["At"] = at }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <returns>The detail of an earlier use ("approve", "reject", …), or null when the link was not used for it.</returns>
    public async Task<string?> FindAsync(string tokenHash, string use, CancellationToken cancellationToken)
    {
        var table = tables.Get(WebTables.LinkUsesTable);
        NullableResponse<TableEntity> row = await table.GetEntityIfExistsAsync<TableEntity>(tokenHash, use, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? row.Value?.GetString("Detail") : null;
    }
}
