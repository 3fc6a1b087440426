using Azure.Data.Tables;
using Huizermaat.Approval.Media;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Workflow.Maintenance;

/// <summary>
/// Deletes the media of drafts that ended without staying online, <see cref="RetentionOptions.UnpublishedMedia"/>
/// after they ended (the core's <see cref="MediaRetention"/> decides); media of published posts stay while the post
/// is online. Runs daily with <see cref="HistoryPurge"/>.
/// </summary>
public sealed partial class MediaRetentionJob(
    WorkflowStorage storage,
    DraftStateStore states,
    SubmissionStore submissions,
    IMediaStore media,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<MediaRetentionJob> logger)
{
    public const string JobName = "PurgeUnpublishedMedia";

    private static readonly HashSet<string> EndedOffline = new(StringComparer.Ordinal)
    {
        ApprovalStages.Rejected, ApprovalStages.ConsentRefused, ApprovalStages.Expired, ApprovalStages.Withdrawn, ApprovalStages.TakenDown,
    };

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var ended = new List<EndedDraft>();
        await foreach (var row in storage.Table(WorkflowStorage.DraftsTable)
            .QueryAsync<TableEntity>("RowKey eq 'state'", select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (await states.GetAsync(row.PartitionKey, cancellationToken).ConfigureAwait(false) is { } state && EndedOffline.Contains(state.Stage))
            {
                var mediaIds = new List<string>();
                for (var revision = 1; revision <= state.Revision; revision++)
                {
                    mediaIds.AddRange((await submissions.GetAsync(state.DraftId, revision, cancellationToken).ConfigureAwait(false)).MediaIds);
                }

                ended.Add(new EndedDraft(state.DraftId, state.UpdatedAt, Published: false, mediaIds));
            }
        }

        var deleted = await MediaRetention.PurgeAsync(media, ended, time.GetUtcNow(), options.Value.UnpublishedMedia, cancellationToken).ConfigureAwait(false);
        LogDeleted(deleted.Count, ended.Count);
        return deleted.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} media items of drafts that ended without staying online ({Drafts} such drafts)")]
    private partial void LogDeleted(int count, int drafts);
}
