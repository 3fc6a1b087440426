using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Huizermaat.Approval.Checks;

namespace Huizermaat.Approval.Workflow.Storage;

/// <summary>Table <c>Drafts</c>: partition = draft id, row <c>state</c> = the draft's current <see cref="DraftState"/>.</summary>
public sealed class DraftStateStore(WorkflowStorage storage)
{
    private const string StateRow = "state";

    private TableClient Table => storage.Table(WorkflowStorage.DraftsTable);

    public async Task SaveAsync(DraftState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        await Table.UpsertEntityAsync(Row(state), TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>
    /// Writes <paramref name="state"/> unless the stored state is newer: of a later revision, or of the same revision
    /// recorded later (<see cref="DraftState.RecordedAt"/>). Optimistic: a write in between makes it read again.
    /// </summary>
    /// <returns>False when a newer state was kept.</returns>
    public async Task<bool> SaveUnlessNewerAsync(DraftState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        while (true)
        {
            NullableResponse<TableEntity> stored = await Table.GetEntityIfExistsAsync<TableEntity>(state.DraftId, StateRow, cancellationToken: cancellationToken);
            try
            {
                if (!stored.HasValue || stored.Value is not { } row)
                {
                    await Table.AddEntityAsync(Row(state), cancellationToken);
                    return true;
                }

                var revision = row.GetInt32("Revision") ?? 0;
                if (revision > state.Revision || (revision == state.Revision && row.GetDateTimeOffset("RecordedAt") > state.RecordedAt))
                {
                    return false;
                }

                await Table.UpdateEntityAsync(Row(state), row.ETag, TableUpdateMode.Replace, cancellationToken);
                return true;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Written by someone else since it was read: judge again against that.
            }
        }
    }

    private static TableEntity Row(DraftState state) =>
        new(state.DraftId, StateRow)
        {
            ["AuthorId"] = state.AuthorId,
            ["Revision"] = state.Revision,
            ["Stage"] = state.Stage,
            ["UpdatedAt"] = state.UpdatedAt,
            ["Findings"] = JsonSerializer.Serialize(state.Findings, StorageJson.Options),
            ["Pending"] = JsonSerializer.Serialize(state.PendingStepIds, StorageJson.Options),
            ["Detail"] = state.Detail,
            ["ContentDeletedAt"] = state.ContentDeletedAt,
            ["Actor"] = state.Actor,
            ["Comment"] = state.Comment,
            ["PersonIds"] = state.PersonIds.Count == 0 ? null : string.Join(' ', state.PersonIds),
            ["RecordedAt"] = state.RecordedAt,
        };

    public async Task<DraftState?> GetAsync(string draftId, CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> response = await Table.GetEntityIfExistsAsync<TableEntity>(draftId, StateRow, cancellationToken: cancellationToken);
        if (!response.HasValue || response.Value is not { } row)
        {
            return null;
        }

        return new DraftState(
            draftId,
            row.GetString("AuthorId"),
            row.GetInt32("Revision") ?? 0,
            row.GetString("Stage"),
            row.GetDateTimeOffset("UpdatedAt") ?? default,
            JsonSerializer.Deserialize<List<Finding>>(row.GetString("Findings") ?? "[]", StorageJson.Options) ?? [],
            JsonSerializer.Deserialize<List<string>>(row.GetString("Pending") ?? "[]", StorageJson.Options) ?? [],
            row.GetString("Detail"),
            row.GetDateTimeOffset("ContentDeletedAt"))
        {
            Actor = row.GetString("Actor"),
            Comment = row.GetString("Comment"),
            PersonIds = row.GetString("PersonIds") is { Length: > 0 } ids ? ids.Split(' ') : [],
            RecordedAt = row.GetDateTimeOffset("RecordedAt"),
        };
    }
}
