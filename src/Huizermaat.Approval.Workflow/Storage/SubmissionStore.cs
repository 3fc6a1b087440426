using System.Text.Json;
using Azure;
using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Workflow.Storage;

/// <summary>
/// Every submitted revision, as JSON blobs <c>submissions/{draftId}/{revision}.json</c> (a draft's text may
/// exceed a table property). Revisions are kept: earlier ones stay in the history.
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

    private static string BlobName(string draftId, int revision) => $"{draftId}/{revision:D4}.json";
}
