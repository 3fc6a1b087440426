using Huizermaat.Approval.Testing;
using Huizermaat.Approval.Workflow.Events;
using Huizermaat.Approval.Workflow.Storage;

namespace Huizermaat.Approval.Workflow.Tests.Orchestration;

/// <summary>
/// The emergency stop ("Alles pauzeren"): its own Azurite, because the pause holds for every draft of the deployment.
/// Every test lifts the pause it set.
/// </summary>
public sealed class PublishingPauseTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string Operator = "c.peters@huizermaat.example";
    private static readonly string Manager = WorkflowPeople.Manager.Email!;
    private static readonly string Anna = WorkflowPeople.Anna.Email!;

    [Theory]
    [InlineData(Backend.InMemory)]
    [InlineData(Backend.AzureStorage)]
    public async Task While_publishing_is_paused_approvals_are_collected_and_the_approved_post_waits_until_the_pause_is_lifted(Backend backend)
    {
        await using var host = await WorkflowHost.StartAsync(azurite, backend);
        var pause = host.Get<PublishingPauseStore>();
        var draft = WorkflowPeople.Draft(peopleShown: WorkflowPeople.Sanne.Id);
        Assert.True(await pause.PauseAsync(Operator, "Het Instagram-account is gehackt", DateTimeOffset.UtcNow, CancellationToken.None));
        try
        {
            await host.Approvals.SubmitAsync(draft, CancellationToken.None);
            await host.AnswerAsync(draft.DraftId, Manager, approve: true);
            await host.AnswerAsync(draft.DraftId, Anna, approve: true);
            await host.WaitForStageAsync(draft.DraftId, ApprovalStages.Paused);

            var held = await host.Get<DraftStateStore>().GetAsync(draft.DraftId, CancellationToken.None);
            Assert.Equal(ApprovalStages.Paused, held!.Stage);
            Assert.Equal("Het Instagram-account is gehackt", held.Detail);
            Assert.Empty(await host.Get<ChannelStore>().ListAsync(draft.DraftId, CancellationToken.None));
            var approvals = await host.Get<ApprovalStore>().ListAsync(draft.DraftId, CancellationToken.None);
            Assert.Contains(approvals, a => a.HolderId == WorkflowPeople.Anna.Id && a.State == ApprovalRecordStates.Approved);
            Assert.Contains(await host.Get<AuditLog>().ListAsync(draft.DraftId, CancellationToken.None), e => e.Action == $"stage:{ApprovalStages.Paused}" && e.Actor == Operator);
        }
        finally
        {
            await pause.ResumeAsync(Operator, DateTimeOffset.UtcNow, CancellationToken.None);
        }

        Assert.Equal(1, await host.Approvals.ResumeAsync(draft.DraftId, new ResumeEvent("resume-1", Operator), CancellationToken.None));
        var end = await host.WaitForEndAsync(draft.DraftId);

        Assert.Equal(ApprovalStages.Published, end.ReadOutputAs<ApprovalResult>()!.Stage);
        var channels = await host.Get<ChannelStore>().ListAsync(draft.DraftId, CancellationToken.None);
        Assert.Equal(draft.Draft.Channels.Count, channels.Count);
        Assert.All(channels, c => Assert.Equal(ChannelStore.Published, c.State));
        var audit = await host.Get<AuditLog>().ListAsync(draft.DraftId, CancellationToken.None);
        Assert.Contains(audit, e => e.Action == $"stage:{ApprovalStages.Approved}" && e.Actor == Operator && e.Detail == PublishingHold.ResumedDetail);
    }

    [Fact]
    public async Task A_draft_held_by_the_pause_can_still_be_withdrawn_and_is_never_published()
    {
        await using var host = await WorkflowHost.StartAsync(azurite);
        var pause = host.Get<PublishingPauseStore>();
        var draft = WorkflowPeople.Draft();
        await pause.PauseAsync(Operator, "Crisis op school", DateTimeOffset.UtcNow, CancellationToken.None);
        try
        {
            await host.Approvals.SubmitAsync(draft, CancellationToken.None);
            await host.AnswerAsync(draft.DraftId, Manager, approve: true);
            await host.WaitForStageAsync(draft.DraftId, ApprovalStages.Paused);
            await host.Approvals.WithdrawAsync(draft.DraftId, new WithdrawEvent("w-1", WorkflowPeople.Author.Id, "Niet meer nodig."), CancellationToken.None);

            Assert.Equal(ApprovalStages.Withdrawn, (await host.WaitForEndAsync(draft.DraftId)).ReadOutputAs<ApprovalResult>()!.Stage);
            Assert.Empty(await host.Get<ChannelStore>().ListAsync(draft.DraftId, CancellationToken.None));
        }
        finally
        {
            await pause.ResumeAsync(Operator, DateTimeOffset.UtcNow, CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_resume_event_while_the_pause_is_still_on_keeps_the_draft_waiting()
    {
        await using var host = await WorkflowHost.StartAsync(azurite);
        var pause = host.Get<PublishingPauseStore>();
        var draft = WorkflowPeople.Draft();
        await pause.PauseAsync(Operator, "Even wachten", DateTimeOffset.UtcNow, CancellationToken.None);
        try
        {
            await host.Approvals.SubmitAsync(draft, CancellationToken.None);
            await host.AnswerAsync(draft.DraftId, Manager, approve: true);
            await host.WaitForStageAsync(draft.DraftId, ApprovalStages.Paused);

            // The held draft reads the pause again on the event, finds it still on and waits on.
            await host.Approvals.ResumeAsync(draft.DraftId, new ResumeEvent("resume-early", Operator), CancellationToken.None);
            await Task.Delay(TimeSpan.FromSeconds(2));
            await host.WaitForStageAsync(draft.DraftId, ApprovalStages.Paused);
            Assert.Empty(await host.Get<ChannelStore>().ListAsync(draft.DraftId, CancellationToken.None));
        }
        finally
        {
            await pause.ResumeAsync(Operator, DateTimeOffset.UtcNow, CancellationToken.None);
        }

        await host.Approvals.ResumeAsync(draft.DraftId, new ResumeEvent("resume-late", Operator), CancellationToken.None);
        Assert.Equal(ApprovalStages.Published, (await host.WaitForEndAsync(draft.DraftId)).ReadOutputAs<ApprovalResult>()!.Stage);
    }

    [Fact]
    public async Task The_pause_is_kept_in_table_storage_with_who_and_why_and_a_second_pause_changes_nothing()
    {
        await using var host = await WorkflowHost.StartAsync(azurite);
        var at = DateTimeOffset.UtcNow;
        Assert.True(await host.Get<PublishingPauseStore>().PauseAsync(Operator, "Gehackt", at, CancellationToken.None));
        try
        {
            Assert.False(await host.Get<PublishingPauseStore>().PauseAsync("iemand", "Nog eens", at.AddMinutes(1), CancellationToken.None));

            // Another store on the same account, as a host started afterwards would have.
            var restarted = new PublishingPauseStore(new WorkflowStorage(new Azure.Data.Tables.TableServiceClient(azurite.ConnectionString), new Azure.Storage.Blobs.BlobServiceClient(azurite.ConnectionString)));
            var current = await restarted.GetAsync(CancellationToken.None);
            Assert.True(current.Paused);
            Assert.Equal(Operator, current.Actor);
            Assert.Equal("Gehackt", current.Reason);
        }
        finally
        {
            Assert.True(await host.Get<PublishingPauseStore>().ResumeAsync(Operator, at.AddMinutes(2), CancellationToken.None));
        }

        Assert.False(await host.Get<PublishingPauseStore>().ResumeAsync(Operator, at.AddMinutes(3), CancellationToken.None));
        var history = await host.Get<PublishingPauseStore>().HistoryAsync(10, CancellationToken.None);
        Assert.Equal([false, true], history.Take(2).Select(h => h.Paused));
        Assert.Equal("Gehackt", history[1].Reason);
    }
}
