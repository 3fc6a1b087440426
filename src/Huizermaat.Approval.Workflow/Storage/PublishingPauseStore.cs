using Azure;
using Azure.Data.Tables;

namespace Huizermaat.Approval.Workflow.Storage;

/// <summary>
/// Table <c>PublishingPause</c>: partition <c>state</c>, row <c>current</c> holds the emergency stop
/// (<see cref="PublishingPause"/>); partition <c>history</c> one row per pause and resume (row key: inverted ticks, so the
/// newest comes first). In Table Storage so that it survives a restart of every host. A change is made only from the
/// state it was read in (ETag): of two operators pausing at once, one is told it was paused already.
/// </summary>
public sealed class PublishingPauseStore(WorkflowStorage storage)
{
    private const string StatePartition = "state";
    private const string CurrentRow = "current";
    private const string HistoryPartition = "history";

    private TableClient Table => storage.Table(WorkflowStorage.PublishingPauseTable);

    public async Task<PublishingPause> GetAsync(CancellationToken cancellationToken) =>
        (await ReadAsync(cancellationToken)).Pause;

    /// <returns>False when publishing was paused already (nothing changes).</returns>
    public Task<bool> PauseAsync(string actor, string reason, DateTimeOffset at, CancellationToken cancellationToken) =>
        ChangeAsync(new PublishingPause(true, actor, reason, at), cancellationToken);

    /// <returns>False when publishing was not paused (nothing changes).</returns>
    public Task<bool> ResumeAsync(string actor, DateTimeOffset at, CancellationToken cancellationToken) =>
        ChangeAsync(new PublishingPause(false, actor, null, at), cancellationToken);

    /// <summary>The latest pauses and resumes, newest first.</summary>
    public async Task<IReadOnlyList<PublishingPause>> HistoryAsync(int max, CancellationToken cancellationToken)
    {
        var history = new List<PublishingPause>();
        await foreach (var row in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {HistoryPartition}"), maxPerPage: max, cancellationToken: cancellationToken))
        {
            history.Add(Read(row));
            if (history.Count == max)
            {
                break;
            }
        }

        return history;
    }

    private async Task<bool> ChangeAsync(PublishingPause next, CancellationToken cancellationToken)
    {
        var (current, etag) = await ReadAsync(cancellationToken);
        if (current.Paused == next.Paused)
        {
            return false;
        }

        var row = Row(StatePartition, CurrentRow, next);
        try
        {
            if (etag is { } known)
            {
                await Table.UpdateEntityAsync(row, known, TableUpdateMode.Replace, cancellationToken);
            }
            else
            {
                await Table.AddEntityAsync(row, cancellationToken);
            }
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false; // someone else changed it first
        }

        var at = next.At!.Value;
        await Table.UpsertEntityAsync(Row(HistoryPartition, $"{DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks:D19}", next), TableUpdateMode.Replace, cancellationToken);
        return true;
    }

    private async Task<(PublishingPause Pause, ETag? ETag)> ReadAsync(CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> response = await Table.GetEntityIfExistsAsync<TableEntity>(StatePartition, CurrentRow, cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } row ? (Read(row), row.ETag) : (PublishingPause.Off, null);
    }

    private static TableEntity Row(string partition, string rowKey, PublishingPause pause) => new(partition, rowKey)
    {
        ["Paused"] = pause.Paused,
        ["Actor"] = pause.Actor,
        ["Reason"] = pause.Reason,
        ["At"] = pause.At,
    };

    private static PublishingPause Read(TableEntity row) =>
        new(row.GetBoolean("Paused") ?? false, row.GetString("Actor"), row.GetString("Reason"), row.GetDateTimeOffset("At"));
}
