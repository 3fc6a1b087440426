using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;
using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Workflow.Storage;

/// <summary>
/// Every submitted revision, as JSON blobs <c>submissions/{draftId}/{revision}.json</c> (a draft's text may
/// exceed a table property). Revisions are kept: earlier ones stay in the history, until the retention rule deletes
/// them all (<see cref="Maintenance.UnpublishedContentPurge"/>).
/// </summary>
public sealed class SubmissionStore(WorkflowStorage storage)
{
    public async Task SaveAsync(Submission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var blob = storage.Submissions.GetBlobClient(BlobName(submission.DraftId, submission.Revision));
        await blob.UploadAsync(BinaryData.FromObjectAsJson(submission, StorageJson.Options), overwrite: true, cancellationToken);
    }

    /// <exception cref="KeyNotFoundException">No such draft or revision.</exception>
    public async Task<Submission> GetAsync(string draftId, int revision, CancellationToken cancellationToken)
    {
        try
        {
            var content = await storage.Submissions.GetBlobClient(BlobName(draftId, revision)).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToObjectFromJson<Submission>(StorageJson.Options)
                ?? throw new KeyNotFoundException($"Revision {revision} of draft {draftId} is empty.");
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            throw new KeyNotFoundException($"Draft {draftId} has no revision {revision}.", e);
        }
    }

    /// <summary>Every stored revision of a draft, oldest first (none when there are none, or they were deleted).</summary>
    public async Task<IReadOnlyList<Submission>> ListAsync(string draftId, CancellationToken cancellationToken)
    {
        var revisions = new List<Submission>();
        await foreach (var item in storage.Submissions.GetBlobsAsync(BlobTraits.None, BlobStates.None, draftId + "/", cancellationToken))
        {
            var content = await storage.Submissions.GetBlobClient(item.Name).DownloadContentAsync(cancellationToken);
            if (content.Value.Content.ToObjectFromJson<Submission>(StorageJson.Options) is { } submission)
            {
                revisions.Add(submission);
            }
        }

        return [.. revisions.OrderBy(r => r.Revision)];
    }

    /// <summary>Deletes every revision of a draft (retention); returns how many there were.</summary>
    public async Task<int> DeleteAllAsync(string draftId, CancellationToken cancellationToken)
    {
        var deleted = 0;
        await foreach (var item in storage.Submissions.GetBlobsAsync(BlobTraits.None, BlobStates.None, draftId + "/", cancellationToken))
        {
            if (await storage.Submissions.GetBlobClient(item.Name).DeleteIfExistsAsync(cancellationToken: cancellationToken))
            {
                deleted++;
            }
        }

        return deleted;
    }

    private static string BlobName(string draftId, int revision) => $"{draftId}/{revision:D4}.json";
}
