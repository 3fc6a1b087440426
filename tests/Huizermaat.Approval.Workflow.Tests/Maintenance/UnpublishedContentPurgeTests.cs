using Azure.Data.Tables;
using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Checks;
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

/// <summary>The daily retention of unpublished content on the real read model and Blob store (Azurite).</summary>
public sealed class UnpublishedContentPurgeTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Text_and_media_of_drafts_that_ended_offline_go_after_the_retention_and_published_or_recent_ones_stay()
    {
        await using var services = Services();
        var rejectedLongAgo = await DraftAsync(services, ApprovalStages.Rejected, Now - TimeSpan.FromDays(31));
        var takenDownLongAgo = await DraftAsync(services, ApprovalStages.TakenDown, Now - TimeSpan.FromDays(40));
        var rejectedRecently = await DraftAsync(services, ApprovalStages.Rejected, Now - TimeSpan.FromDays(5));
        var publishedLongAgo = await DraftAsync(services, ApprovalStages.Published, Now - TimeSpan.FromDays(90));

        var purged = await services.GetRequiredService<UnpublishedContentPurge>().RunAsync(CancellationToken.None);

        Assert.True(purged >= 2); // the class's Azurite may hold the other test's drafts too
        foreach (var gone in new[] { rejectedLongAgo, takenDownLongAgo })
        {
            Assert.False(await AnyExistsAsync(services, gone.MediaIds));
            Assert.Empty(await services.GetRequiredService<SubmissionStore>().ListAsync(gone.DraftId, CancellationToken.None));
        }

        foreach (var kept in new[] { rejectedRecently, publishedLongAgo })
        {
            Assert.True(await AllExistAsync(services, kept.MediaIds));
            Assert.Equal(2, (await services.GetRequiredService<SubmissionStore>().ListAsync(kept.DraftId, CancellationToken.None)).Count);
            Assert.Null((await services.GetRequiredService<DraftStateStore>().GetAsync(kept.DraftId, CancellationToken.None))!.ContentDeletedAt);
        }
    }

    [Fact]
    public async Task A_purged_draft_keeps_its_stage_decision_and_audit_trail_but_no_copy_of_its_text()
    {
        await using var services = Services();
        var draft = await DraftAsync(services, ApprovalStages.ConsentRefused, Now - TimeSpan.FromDays(30));
        var job = services.GetRequiredService<UnpublishedContentPurge>();

        await job.RunAsync(CancellationToken.None);
        var again = await job.RunAsync(CancellationToken.None);

        var state = (await services.GetRequiredService<DraftStateStore>().GetAsync(draft.DraftId, CancellationToken.None))!;
        Assert.Equal(ApprovalStages.ConsentRefused, state.Stage);
        Assert.Equal("sanne: geen foto's van mijn kind", state.Detail);
        Assert.Equal(Now - TimeSpan.FromDays(30), state.UpdatedAt);
        Assert.Equal(Now, state.ContentDeletedAt);
        Assert.Empty(state.Findings); // they quoted the text
        var storage = services.GetRequiredService<WorkflowStorage>();
        await foreach (var mail in storage.Table(WorkflowStorage.DevMailboxTable).QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {draft.DraftId}")))
        {
            Assert.Fail($"The development mailbox still holds mail {mail.RowKey} of the purged draft.");
        }

        var audit = await services.GetRequiredService<AuditLog>().ListAsync(draft.DraftId, CancellationToken.None);
        Assert.Contains(audit, e => e.Action == "decision:refused");
        var purge = Assert.Single(audit, e => e.Action == UnpublishedContentPurge.AuditAction);
        Assert.Contains("2 revision(s)", purge.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(audit, e => (e.Detail ?? string.Empty).Contains(draft.Text, StringComparison.Ordinal));
        Assert.Equal(0, again);
    }

    [Fact]
    public async Task A_photo_a_kept_draft_also_uses_stays_when_the_rejected_draft_is_purged()
    {
        await using var services = Services();
        var rejected = await DraftAsync(services, ApprovalStages.Rejected, Now - TimeSpan.FromDays(60));
        var published = await DraftAsync(services, ApprovalStages.Published, Now - TimeSpan.FromDays(60), reusing: rejected.MediaIds[1]);

        await services.GetRequiredService<UnpublishedContentPurge>().RunAsync(CancellationToken.None);

        Assert.False(await ExistsAsync(services, rejected.MediaIds[0]));
        Assert.True(await ExistsAsync(services, rejected.MediaIds[1]));
        Assert.True(await AllExistAsync(services, published.MediaIds));
        Assert.Empty(await services.GetRequiredService<SubmissionStore>().ListAsync(rejected.DraftId, CancellationToken.None));
    }

    [Fact]
    public async Task The_upload_a_blurred_copy_was_made_from_is_kept_while_the_draft_can_be_revised_and_purged_with_it()
    {
        await using var services = Services();
        var open = await BlurredDraftAsync(services, ApprovalStages.AwaitingApprovals, Now - TimeSpan.FromDays(60));
        var published = await BlurredDraftAsync(services, ApprovalStages.Published, Now - TimeSpan.FromDays(60));
        var rejected = await BlurredDraftAsync(services, ApprovalStages.Rejected, Now - TimeSpan.FromDays(60));

        await services.GetRequiredService<UnpublishedContentPurge>().RunAsync(CancellationToken.None);

        var inUse = services.GetRequiredService<RecordingParticipant>().InUse;
        Assert.Contains(open.Copy, inUse);
        Assert.Contains(open.Upload, inUse);
        Assert.Contains(published.Copy, inUse);
        Assert.DoesNotContain(published.Upload, inUse); // the uploads' sweep deletes it: nobody needs the faces blurred away
        Assert.False(await AnyExistsAsync(services, [rejected.Copy, rejected.Upload]));
        Assert.True(await AllExistAsync(services, [open.Copy, open.Upload, published.Copy]));
    }

    private sealed class RecordingParticipant : IRetentionParticipant
    {
        public HashSet<string> InUse { get; } = [];

        public Task<int> PurgeAsync(DateTimeOffset now, TimeSpan retention, IReadOnlySet<string> mediaInUse, CancellationToken cancellationToken)
        {
            InUse.UnionWith(mediaInUse);
            return Task.FromResult(0);
        }
    }

    /// <summary>A draft of one revision showing a blurred copy of an upload, ended (or waiting) in <paramref name="stage"/>.</summary>
    private static async Task<(string DraftId, string Copy, string Upload)> BlurredDraftAsync(ServiceProvider services, string stage, DateTimeOffset at)
    {
        var storage = services.GetRequiredService<WorkflowStorage>();
        await storage.EnsureCreatedAsync(CancellationToken.None);
        var (copy, upload) = ($"c{Guid.NewGuid():N}", $"u{Guid.NewGuid():N}");
        foreach (var mediaId in new[] { copy, upload })
        {
            using var content = new MemoryStream(TestPhoto.Jpeg);
            await services.GetRequiredService<IMediaStore>().SaveAsync(new StoredMedia(mediaId, MediaKind.Photo, "image/jpeg", TestPhoto.Jpeg.Length), content, TestPhoto.Jpeg, CancellationToken.None);
        }

        var draftId = $"d{Guid.NewGuid():N}";
        var photo = new MediaItem(MediaKind.Photo, "klas.jpg", [], true, true);
        await services.GetRequiredService<SubmissionStore>().SaveAsync(
            new Submission(draftId, 1, "author", new Draft("Sportdag", Capacity.Official, [Channel.Facebook], true, [photo]), [copy], OriginalMediaIds: [upload]),
            CancellationToken.None);
        await services.GetRequiredService<DraftStateStore>().SaveAsync(new DraftState(draftId, "author", 1, stage, at, [], []), CancellationToken.None);
        return (draftId, copy, upload);
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
        collection.AddSingleton<RecordingParticipant>();
        collection.AddSingleton<IRetentionParticipant>(p => p.GetRequiredService<RecordingParticipant>());
        return collection.BuildServiceProvider();
    }

    /// <summary>A draft of two revisions (the second adds a photo), ended in <paramref name="stage"/> at <paramref name="endedAt"/>.</summary>
    /// <param name="reusing">A stored photo the draft's second revision uses instead of a new one.</param>
    private static async Task<(string DraftId, string Text, string[] MediaIds)> DraftAsync(
        ServiceProvider services, string stage, DateTimeOffset endedAt, string? reusing = null)
    {
        var storage = services.GetRequiredService<WorkflowStorage>();
        await storage.EnsureCreatedAsync(CancellationToken.None);
        string[] mediaIds = [$"m{Guid.NewGuid():N}", reusing ?? $"m{Guid.NewGuid():N}"];
        foreach (var mediaId in mediaIds.Where(id => id != reusing))
        {
            var bytes = TestPhoto.Jpeg;
            using var content = new MemoryStream(bytes);
            await services.GetRequiredService<IMediaStore>().SaveAsync(new StoredMedia(mediaId, MediaKind.Photo, "image/jpeg", bytes.Length), content, bytes, CancellationToken.None);
        }

        var draftId = $"d{Guid.NewGuid():N}";
        var text = $"Sportdag met Sanne uit 2B, {draftId}";
        var photo = new MediaItem(MediaKind.Photo, "foto.jpg", [], true, true);
        var submissions = services.GetRequiredService<SubmissionStore>();
        await submissions.SaveAsync(new Submission(draftId, 1, "author", new Draft(text, Capacity.Official, [Channel.Facebook], true, [photo]), [mediaIds[0]]), CancellationToken.None);
        await submissions.SaveAsync(new Submission(draftId, 2, "author", new Draft(text, Capacity.Official, [Channel.Facebook], true, [photo, photo]), mediaIds), CancellationToken.None);
        Finding[] findings = [new("A.6", Severity.Warn, $"'{text}' noemt een leerling.")];
        await services.GetRequiredService<DraftStateStore>().SaveAsync(
            new DraftState(draftId, "author", 2, stage, endedAt, findings, [], "sanne: geen foto's van mijn kind"), CancellationToken.None);
        await services.GetRequiredService<AuditLog>().AppendAsync(draftId, new AuditEntry("e1", endedAt, "peter", "decision:refused", "consent:sanne r2: geen foto's van mijn kind"), CancellationToken.None);
        await storage.Table(WorkflowStorage.DevMailboxTable).AddEntityAsync(new TableEntity(draftId, "mail-1") { ["Text"] = text }, CancellationToken.None);
        return (draftId, text, mediaIds);
    }

    private static async Task<bool> AnyExistsAsync(ServiceProvider services, string[] mediaIds)
    {
        foreach (var id in mediaIds)
        {
            if (await ExistsAsync(services, id))
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<bool> AllExistAsync(ServiceProvider services, string[] mediaIds)
    {
        foreach (var id in mediaIds)
        {
            if (!await ExistsAsync(services, id))
            {
                return false;
            }
        }

        return true;
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
