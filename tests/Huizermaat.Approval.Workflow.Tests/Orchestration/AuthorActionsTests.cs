using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Testing;
using Huizermaat.Approval.Workflow.Activities;
using Huizermaat.Approval.Workflow.Storage;

namespace Huizermaat.Approval.Workflow.Tests.Orchestration;

/// <summary>What an author can still do after the approval ended: revise after a no, take a published post down, contest a block.</summary>
public sealed class AuthorActionsTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly string Manager = WorkflowPeople.Manager.Email!;
    private static readonly string Author = WorkflowPeople.Author.Email!;

    [Theory]
    [InlineData(Backend.InMemory)]
    [InlineData(Backend.AzureStorage)]
    public async Task A_rejected_draft_revised_by_its_author_starts_again_and_asks_the_manager_again(Backend backend)
    {
        await using var host = await WorkflowHost.StartAsync(azurite, backend);
        var draft = WorkflowPeople.Draft();
        await host.Approvals.SubmitAsync(draft, CancellationToken.None);
        await host.AnswerAsync(draft.DraftId, Manager, approve: false, comment: "Eerst de uitslag erbij.");
        Assert.Equal(ApprovalStages.Rejected, (await host.WaitForEndAsync(draft.DraftId)).ReadOutputAs<ApprovalResult>()!.Stage);
        var state = await host.Get<DraftStateStore>().GetAsync(draft.DraftId, CancellationToken.None);
        Assert.Equal((WorkflowPeople.Manager.Id, "Eerst de uitslag erbij."), (state!.Actor, state.Comment));

        var revised = draft with { Revision = 2, Draft = draft.Draft with { Text = "Sportdag was geweldig! Klas 2B won." } };
        Assert.Equal(EventDelivery.Delivered, await host.Approvals.ReviseAsync(revised, "revise-2", CancellationToken.None));
        await host.WaitForStageAsync(draft.DraftId, ApprovalStages.AwaitingApprovals, "manager");
        var request = (await host.MailsAsync(draft.DraftId)).Last(m => m.To == Manager && m.Kind == nameof(Mail.MailKind.ManagerRequest));
        Assert.Contains("> Sportdag was geweldig! Klas 2B won.", request.Text, StringComparison.Ordinal);
        Assert.Equal(EventDelivery.Delivered, await host.AnswerAsync(draft.DraftId, Manager, approve: true));

        var end = await host.WaitForEndAsync(draft.DraftId);
        Assert.Equal(new ApprovalResult(ApprovalStages.Published, 2, end.ReadOutputAs<ApprovalResult>()!.Detail), end.ReadOutputAs<ApprovalResult>());
    }

    [Fact]
    public async Task A_published_draft_is_not_started_again_by_a_revision()
    {
        await using var host = await WorkflowHost.StartAsync(azurite, Backend.InMemory);
        var draft = WorkflowPeople.Draft();
        await host.Approvals.SubmitAsync(draft, CancellationToken.None);
        await host.AnswerAsync(draft.DraftId, Manager, approve: true);
        await host.WaitForEndAsync(draft.DraftId);

        var revised = draft with { Revision = 2, Draft = draft.Draft with { Text = "Toch anders." } };

        Assert.Equal(EventDelivery.InstanceFinished, await host.Approvals.ReviseAsync(revised, "revise-2", CancellationToken.None));
        Assert.Equal(ApprovalStages.Published, (await host.Get<DraftStateStore>().GetAsync(draft.DraftId, CancellationToken.None))!.Stage);
    }

    [Theory]
    [InlineData(Backend.InMemory)]
    [InlineData(Backend.AzureStorage)]
    public async Task The_author_takes_a_published_post_down_everywhere_and_the_manager_is_told(Backend backend)
    {
        await using var host = await WorkflowHost.StartAsync(azurite, backend);
        var draft = WorkflowPeople.Draft();
        await host.Approvals.SubmitAsync(draft, CancellationToken.None);
        await host.AnswerAsync(draft.DraftId, Manager, approve: true);
        await host.WaitForEndAsync(draft.DraftId);

        Assert.Equal(EventDelivery.TakedownStarted, await host.Approvals.TakeDownAsync(draft.DraftId, WorkflowPeople.Author.Id, "Er stond een fout in.", CancellationToken.None));
        Assert.Equal(EventDelivery.InstanceFinished, await host.Approvals.TakeDownAsync(draft.DraftId, WorkflowPeople.Author.Id, "Nog eens.", CancellationToken.None));
        var end = await host.WaitForEndAsync(TakedownOrchestrator.InstanceId(draft.DraftId));

        Assert.Equal(ApprovalStages.TakenDown, end.ReadOutputAs<ApprovalResult>()!.Stage);
        Assert.All(await host.Get<ChannelStore>().ListAsync(draft.DraftId, CancellationToken.None), c => Assert.Equal(ChannelStore.TakenDown, c.State));
        var state = await host.Get<DraftStateStore>().GetAsync(draft.DraftId, CancellationToken.None);
        Assert.Equal((WorkflowPeople.Author.Id, "Er stond een fout in."), (state!.Actor, state.Comment));
        Assert.Contains(await host.Get<AuditLog>().ListAsync(draft.DraftId, CancellationToken.None), e => e.Action == $"stage:{ApprovalStages.TakenDown}" && e.Actor == WorkflowPeople.Author.Id);
        var told = await host.MailToAsync(draft.DraftId, Manager, nameof(Mail.MailKind.Takedown));
        Assert.Contains($"> {WorkflowPeople.Author.Name} heeft het bericht zelf verwijderd: Er stond een fout in.", told.Text, StringComparison.Ordinal);
        Assert.Contains("> Sportdag was geweldig!", told.Text, StringComparison.Ordinal);
        var own = await host.MailToAsync(draft.DraftId, Author, nameof(Mail.MailKind.Takedown));
        Assert.Contains("> Je hebt het bericht zelf verwijderd: Er stond een fout in.", own.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_contested_block_goes_to_the_manager_with_the_reason_and_is_audited()
    {
        await using var host = await WorkflowHost.StartAsync(azurite, Backend.InMemory);
        var draft = WorkflowPeople.Draft(text: $"Dit is {BlockingWordCheck.Word}.");
        draft = draft with { Draft = draft.Draft with { Contests = [new Contest("A.1", BlockingWordCheck.Word, "Dit is de naam van het schooltoneelstuk.")] } };

        await host.Approvals.SubmitAsync(draft, CancellationToken.None);
        await host.WaitForStageAsync(draft.DraftId, ApprovalStages.AwaitingApprovals, "manager");

        var finding = Assert.Single((await host.Get<DraftStateStore>().GetAsync(draft.DraftId, CancellationToken.None))!.Findings);
        Assert.Equal("Dit is de naam van het schooltoneelstuk.", finding.Contest?.Reason);
        var request = await host.MailToAsync(draft.DraftId, Manager);
        Assert.Contains("- Betwist door de auteur: Dit woord mag niet. (A.1). Reden van de auteur: \u201cDit is de naam van het schooltoneelstuk.\u201d", request.Text, StringComparison.Ordinal);
        var audit = Assert.Single(await host.Get<AuditLog>().ListAsync(draft.DraftId, CancellationToken.None), e => e.Action == CheckRevision.ContestedAction);
        Assert.Equal(WorkflowPeople.Author.Id, audit.Actor);
        Assert.Equal($"A.1 \u201c{BlockingWordCheck.Word}\u201d: Dit is de naam van het schooltoneelstuk.", audit.Detail);
    }
}
