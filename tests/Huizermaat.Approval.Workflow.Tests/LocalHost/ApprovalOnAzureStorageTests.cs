using Huizermaat.Approval.Publishing;
using Huizermaat.Approval.Testing;
using Huizermaat.Approval.Workflow.Development;
using Huizermaat.Approval.Workflow.Storage;
using Huizermaat.Approval.Workflow.Tests.Orchestration;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Huizermaat.Approval.Workflow.Tests.LocalHost;

/// <summary>
/// The approval workflow in the real local host on Azure Storage (Azurite): stopped and restarted at its waits, two hosts on
/// one task hub. The behaviour scenarios run on this backend too (<see cref="Backend.AzureStorage"/> in the orchestration tests).
/// </summary>
public sealed class ApprovalOnAzureStorageTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task A_host_stopped_at_every_wait_is_resumed_by_the_next_and_publishes_once()
    {
        var hub = LocalHostRunner.NewHubName();
        var draft = WorkflowPeople.Draft(peopleShown: WorkflowPeople.Sanne.Id);

        await using (var first = await StartAsync(hub))
        {
            var workflow = WorkflowHost.On(first.Services);
            await workflow.SeedAsync();
            await workflow.Approvals.SubmitAsync(draft, CancellationToken.None);
            await workflow.WaitForStageAsync(draft.DraftId, ApprovalStages.AwaitingApprovals, "manager", "consent:p.sanne");
            await first.StopAsync();
        }

        await using (var second = await StartAsync(hub))
        {
            var workflow = WorkflowHost.On(second.Services);
            await workflow.AnswerAsync(draft.DraftId, WorkflowPeople.Manager.Email!, approve: true);
            await workflow.WaitForStageAsync(draft.DraftId, ApprovalStages.AwaitingApprovals, "consent:p.sanne");
            await second.StopAsync();
        }

        await using var third = await StartAsync(hub);
        var last = WorkflowHost.On(third.Services);
        await last.AnswerAsync(draft.DraftId, WorkflowPeople.Anna.Email!, approve: true);
        var end = await last.WaitForEndAsync(draft.DraftId);

        Assert.Equal(ApprovalStages.Published, end.ReadOutputAs<ApprovalResult>()!.Stage);
        foreach (var publisher in last.Get<IEnumerable<IPublisher>>().OfType<DevelopmentPublisher>().Where(p => draft.Draft.Channels.Contains(p.Channel)))
        {
            var post = Assert.Single(await publisher.ListAsync(CancellationToken.None), p => p.GetString("DraftId") == draft.DraftId);
            Assert.Equal(1, post.GetInt32("Attempts"));
        }

        Assert.All(await last.MailsAsync(draft.DraftId), m => Assert.Equal(1, m.Deliveries));
        await third.StopAsync();
    }

    [Fact]
    public async Task Two_hosts_on_one_task_hub_and_two_answers_at_the_same_moment_give_one_outcome()
    {
        var hub = LocalHostRunner.NewHubName();
        await using var one = await StartAsync(hub);
        await using var two = await StartAsync(hub);
        var (first, second) = (WorkflowHost.On(one.Services), WorkflowHost.On(two.Services));
        await first.SeedAsync();
        var draft = WorkflowPeople.Draft(peopleShown: WorkflowPeople.Sanne.Id);

        await first.Approvals.SubmitAsync(draft, CancellationToken.None);
        await first.WaitForStageAsync(draft.DraftId, ApprovalStages.AwaitingApprovals, "manager", "consent:p.sanne");
        await second.AnswerAsync(draft.DraftId, WorkflowPeople.Manager.Email!, approve: true);
        await first.WaitForStageAsync(draft.DraftId, ApprovalStages.AwaitingApprovals, "consent:p.sanne");
        await Task.WhenAll(
            first.AnswerAsync(draft.DraftId, WorkflowPeople.Anna.Email!, approve: true),
            second.AnswerAsync(draft.DraftId, WorkflowPeople.Bram.Email!, approve: false, comment: "Nee."));
        var end = await second.WaitForEndAsync(draft.DraftId);

        // Whichever answer came first decides; what happened agrees with it.
        var stage = end.ReadOutputAs<ApprovalResult>()!.Stage;
        Assert.Contains(stage, new[] { ApprovalStages.Published, ApprovalStages.ConsentRefused });
        var channels = await first.Get<ChannelStore>().ListAsync(draft.DraftId, CancellationToken.None);
        if (stage == ApprovalStages.Published)
        {
            Assert.Equal(2, channels.Count(c => c.State == ChannelStore.Published));
        }
        else
        {
            Assert.Empty(channels);
        }

        Assert.Equal(stage, (await first.Get<DraftStateStore>().GetAsync(draft.DraftId, CancellationToken.None))!.Stage);
        Assert.All(await first.MailsAsync(draft.DraftId), m => Assert.Equal(1, m.Deliveries));
        await Task.WhenAll(one.StopAsync(), two.StopAsync());
    }

    private Task<WebApplication> StartAsync(string hub) => LocalHostRunner.StartAsync(azurite, hub);
}
