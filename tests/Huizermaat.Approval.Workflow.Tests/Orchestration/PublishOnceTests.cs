using System.Text.Json;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Publishing;
using Huizermaat.Approval.Testing;
using Huizermaat.Approval.Workflow.Development;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Huizermaat.Approval.Workflow.Tests.Orchestration;

/// <summary>Publishing at most once per channel, through the attempt log in Table Storage (Azurite).</summary>
public sealed class PublishOnceTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task A_retry_after_an_ambiguous_failure_finds_the_post_and_does_not_publish_again()
    {
        AmbiguousPublisher? mastodon = null;
        var options = WorkflowHost.Options with { PublishAttempts = 3, PublishFirstRetry = TimeSpan.FromSeconds(1) };
        await using var host = await WorkflowHost.StartAsync(azurite, Backend.InMemory, options, services => services.AddSingleton<IPublisher>(provider =>
            mastodon = new AmbiguousPublisher(new DevelopmentPublisher(
                Channel.Mastodon, provider.GetRequiredService<WorkflowStorage>(), new Uri("http://localhost:7071/"), TimeProvider.System))));
        var draft = WorkflowPeople.Draft();

        await host.Approvals.SubmitAsync(draft, CancellationToken.None);
        await host.AnswerAsync(draft.DraftId, WorkflowPeople.Manager.Email!, approve: true);
        var end = await host.WaitForEndAsync(draft.DraftId);

        Assert.Equal(ApprovalStages.Published, end.ReadOutputAs<ApprovalResult>()!.Stage);
        Assert.Equal(1, mastodon!.PublishCalls);
        var sink = new DevelopmentPublisher(Channel.Mastodon, host.Get<WorkflowStorage>(), new Uri("http://localhost:7071/"), TimeProvider.System);
        var post = Assert.Single(await sink.ListAsync(CancellationToken.None), p => p.GetString("DraftId") == draft.DraftId);
        Assert.Equal(1, post.GetInt32("Attempts"));
        var channel = Assert.Single(await host.Get<ChannelStore>().ListAsync(draft.DraftId, CancellationToken.None), c => c.Channel == "mastodon");
        Assert.Equal(ChannelStore.Published, channel.State);
        Assert.Equal(post.RowKey, channel.PostId);
    }

    [Fact]
    public async Task Media_go_to_the_network_with_the_content_type_the_media_store_sniffed()
    {
        await using var host = await WorkflowHost.StartAsync(azurite);
        var draft = WorkflowPeople.Draft() with { MediaIds = [TestPhoto.PngMediaId] };

        await host.Approvals.SubmitAsync(draft, CancellationToken.None);
        await host.AnswerAsync(draft.DraftId, WorkflowPeople.Manager.Email!, approve: true);
        Assert.Equal(ApprovalStages.Published, (await host.WaitForEndAsync(draft.DraftId)).ReadOutputAs<ApprovalResult>()!.Stage);

        var facebook = host.Get<IEnumerable<IPublisher>>().OfType<DevelopmentPublisher>().Single(p => p.Channel == Channel.Facebook);
        var post = Assert.Single(await facebook.ListAsync(CancellationToken.None), p => p.GetString("DraftId") == draft.DraftId);
        var media = Assert.Single(JsonSerializer.Deserialize<List<MediaReference>>(post.GetString("Media"), StorageJson.Options)!);
        Assert.Equal(new MediaReference(TestPhoto.PngMediaId, MediaKind.Photo, "image/png"), media);
    }

    [Fact]
    public async Task The_attempt_log_admits_the_first_attempt_of_a_key_only()
    {
        await using var host = await WorkflowHost.StartAsync(azurite);
        var log = host.Get<IPublishAttemptLog>();
        var key = $"d{Guid.NewGuid():N}.r1.mastodon";

        Assert.True(await log.TryRecordAsync(key, CancellationToken.None));
        Assert.False(await log.TryRecordAsync(key, CancellationToken.None));
        Assert.True(await log.TryRecordAsync($"{key}2", CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => log.TryRecordAsync("draft/1", CancellationToken.None));
    }
}
