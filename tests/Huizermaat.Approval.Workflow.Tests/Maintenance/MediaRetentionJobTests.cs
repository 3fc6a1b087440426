using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Integrations.Media;
using Huizermaat.Approval.Media;
using Huizermaat.Approval.Testing;
using Huizermaat.Approval.Workflow.Maintenance;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Huizermaat.Approval.Workflow.Tests.Maintenance;

/// <summary>The daily media retention on the real read model and Blob store (Azurite).</summary>
public sealed class MediaRetentionJobTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Media_of_drafts_that_ended_offline_go_after_the_retention_and_published_or_recent_ones_stay()
    {
        await using var services = Services();
        var rejectedLongAgo = await DraftAsync(services, ApprovalStages.Rejected, Now - TimeSpan.FromDays(31));
        var takenDownLongAgo = await DraftAsync(services, ApprovalStages.TakenDown, Now - TimeSpan.FromDays(40));
        var rejectedRecently = await DraftAsync(services, ApprovalStages.Rejected, Now - TimeSpan.FromDays(5));
        var publishedLongAgo = await DraftAsync(services, ApprovalStages.Published, Now - TimeSpan.FromDays(90));

        var deleted = await services.GetRequiredService<MediaRetentionJob>().RunAsync(CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.False(await ExistsAsync(services, rejectedLongAgo));
        Assert.False(await ExistsAsync(services, takenDownLongAgo));
        Assert.True(await ExistsAsync(services, rejectedRecently));
        Assert.True(await ExistsAsync(services, publishedLongAgo));
    }

    private ServiceProvider Services()
    {
        var configuration = new ConfigurationBuilder().Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        collection.AddWorkflowStorage(azurite.ConnectionString);
        collection.AddApprovalWorkflowServices(configuration);
        collection.AddMediaPipeline(configuration);
        collection.AddMaintenance(configuration);
        return collection.BuildServiceProvider();
    }

    private static async Task<string> DraftAsync(ServiceProvider services, string stage, DateTimeOffset endedAt)
    {
        await services.GetRequiredService<WorkflowStorage>().EnsureCreatedAsync(CancellationToken.None);
        var mediaId = $"m{Guid.NewGuid():N}";
        var bytes = TestPhoto.Jpeg;
        using (var content = new MemoryStream(bytes))
        {
            await services.GetRequiredService<IMediaStore>().SaveAsync(new StoredMedia(mediaId, MediaKind.Photo, "image/jpeg", bytes.Length), content, bytes, CancellationToken.None);
        }

        var draftId = $"d{Guid.NewGuid():N}";
        var draft = new Draft("Sportdag", Capacity.Official, [Channel.Facebook], true, [new MediaItem(MediaKind.Photo, "foto.jpg", [], true, true)]);
        await services.GetRequiredService<SubmissionStore>().SaveAsync(new Submission(draftId, 1, "author", draft, [mediaId]), CancellationToken.None);
        await services.GetRequiredService<DraftStateStore>().SaveAsync(new DraftState(draftId, "author", 1, stage, endedAt, [], []), CancellationToken.None);
        return mediaId;
    }

    private static async Task<bool> ExistsAsync(ServiceProvider services, string mediaId)
    {
        try
        {
            await services.GetRequiredService<IMediaStore>().GetInfoAsync(mediaId, CancellationToken.None);
            return true;
        }
        catch (MediaNotFoundException)
        {
            return false;
        }
    }
}
