using Azure;
using Azure.Data.Tables;
using Huizermaat.Approval.Web.Storage;

namespace Huizermaat.Approval.Web.Identity;

/// <summary>
/// Table <c>StaffAccounts</c>: which Entra account (object id, <c>oid</c>) is which member of staff, learnt at the
/// account's first sign-in by its e-mail address. Partition <c>account</c> (row = object id → person id) and
/// partition <c>person</c> (row = person id → object id). The person row is added first and atomically, so one
/// member of staff gets one account even when two first sign-ins race.
/// </summary>
public sealed class StaffAccountStore(WebTables tables)
{
    private const string AccountPartition = "account";
    private const string PersonPartition = "person";

    /// <returns>The member of staff this account was linked to, or null for an account never seen.</returns>
    public Task<string?> FindPersonAsync(string objectId, CancellationToken cancellationToken) =>
        ReadAsync(AccountPartition, objectId, "PersonId", cancellationToken);

    /// <returns>The account this member of staff was linked to, or null.</returns>
    public Task<string?> FindAccountAsync(string personId, CancellationToken cancellationToken) =>
        ReadAsync(PersonPartition, personId, "ObjectId", cancellationToken);

    /// <summary>Links the account to the member of staff unless the member of staff has another account already.</summary>
    /// <returns>The account the member of staff is linked to now: <paramref name="objectId"/>, or the other one.</returns>
    public async Task<string> LinkAsync(string objectId, string personId, string email, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = tables.Get(WebTables.StaffAccountsTable);
        try
        {
            await table.AddEntityAsync(
                new TableEntity(PersonPartition, personId) { ["ObjectId"] = objectId, ["Email"] = email, ["LinkedAt"] = at },
                cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var owner = await FindAccountAsync(personId, cancellationToken).ConfigureAwait(false);
            if (owner is not null && owner != objectId)
            {
                return owner;
            }
        }

        await table.UpsertEntityAsync(
            new TableEntity(AccountPartition, objectId) { ["PersonId"] = personId, ["Email"] = email, ["LinkedAt"] = at },
            TableUpdateMode.Replace,
            cancellationToken).ConfigureAwait(false);
        return objectId;
    }

    private async Task<string?> ReadAsync(string partition, string row, string property, CancellationToken cancellationToken)
    {
        var table = tables.Get(WebTables.StaffAccountsTable);
        NullableResponse<TableEntity> entity = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken).ConfigureAwait(false);
        return entity.HasValue ? entity.Value?.GetString(property) : null;
    }
}
