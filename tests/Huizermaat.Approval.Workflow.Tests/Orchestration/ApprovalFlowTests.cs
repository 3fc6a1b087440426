using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Testing;
using Huizermaat.Approval.Workflow.Development;
using Huizermaat.Approval.Workflow.Events;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.DurableTask.Client;

namespace Huizermaat.Approval.Workflow.Tests.Orchestration;

public sealed class ApprovalFlowTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly string Manager = WorkflowPeople.Manager.Email!;
    private static readonly string Anna = WorkflowPeople.Anna.Email!;
    private static readonly string Bram = WorkflowPeople.Bram.Email!;
    private static readonly string Author = WorkflowPeople.Author.Email!;

    [Theory]
    [InlineData(Backend.InMemory)]
    [InlineData(Backend.AzureStorage)]
    public async Task Approved_official_post_is_published_once_on_every_channel(Backend backend)
    {
        await using var host = await WorkflowHost.StartAsync(azurite, backend);
        var draft = WorkflowPeople.Draft(peopleShown: WorkflowPeople.Sanne.Id);

        await host.Approvals.SubmitAsync(draft, CancellationToken.None);
        await host.WaitForStageAsync(draft.DraftId, ApprovalStages.AwaitingApprovals, "manager", "consent:p.sanne");
        var request = await host.MailToAsync(draft.DraftId, Manager);
        Assert.Equal(nameof(Mail.MailKind.ManagerRequest), request.Kind);
        Assert.Contains(WorkflowPeople.Author.Name, request.Subject, StringComparison.Ordinal);
        Assert.Contains("> Sportdag was geweldig!", request.Text, StringComparison.Ordinal);
        Assert.Contains("Facebook en Mastodon", request.Text, StringComparison.Ordinal);
        Assert.Equal(draft.DraftId, request.CustomArgs![Mail.Templates.MailComposer.InstanceIdArg]);
        Assert.Equal("manager", request.CustomArgs[Mail.Templates.MailComposer.StepIdArg]);
        Assert.Equal(EventDelivery.Delivered, await host.AnswerAsync(draft.DraftId, Manager, approve: true));
        Assert.Equal(EventDelivery.Delivered, await host.AnswerAsync(draft.DraftId, Anna, approve: true));
        var end = await host.WaitForEndAsync(draft.DraftId);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, end.RuntimeStatus);
        Assert.Equal(ApprovalStages.Published, end.ReadOutputAs<ApprovalResult>()!.Stage);
        foreach (var channel in draft.Draft.Channels)
        {
            var posts = await host.Get<IEnumerable<Publishing.IPublisher>>().OfType<DevelopmentPublisher>().Single(p => p.Channel == channel).ListAsync(CancellationToken.None);
            var post = Assert.Single(posts, p => p.GetString("DraftId") == draft.DraftId);
            Assert.Equal(1, post.GetInt32("Attempts"));
        }

        var channels = await host.Get<ChannelStore>().ListAsync(draft.DraftId, CancellationToken.None);
        Assert.All(channels, c => Assert.Equal(ChannelStore.Published, c.State));
        Assert.Equal(ApprovalStages.Published, (await host.Get<DraftStateStore>().GetAsync(draft.DraftId, CancellationToken.None))!.Stage);
        var publication = Assert.Single(await host.MailsAsync(draft.DraftId), m => m.To == Author);
        Assert.Equal(nameof(Mail.MailKind.Publication), publication.Kind);
        Assert.Equal("Je bericht is geplaatst", publication.Subject);
        Assert.All(channels, c => Assert.Contains(c.Url!.AbsoluteUri, publication.Links));
    }

    [Theory]
    [InlineData(Backend.InMemory)]
    [InlineData(Backend.AzureStorage)]
    public async Task The_consent_request_names_the_pupil_and_shows_the_photos_they_appear_in(Backend backend)
    {
        await using var host = await WorkflowHost.StartAsync(azurite, backend);
        var draft = WorkflowPeople.Draft(peopleShown: WorkflowPeople.Sanne.Id);
        var withoutSanne = new MediaItem(MediaKind.Photo, "publiek.jpg", [], NoIdentifiablePeople: true, OwnWork: true);
        draft = draft with { Draft = draft.Draft with { Media = [.. draft.Draft.Media, withoutSanne] }, MediaIds = [.. draft.MediaIds, TestPhoto.MediaId] };

        await host.Approvals.SubmitAsync(draft, CancellationToken.None);
        var consent = await host.MailToAsync(draft.DraftId, Anna);

        Assert.Equal(nameof(Mail.MailKind.ConsentRequest), consent.Kind);
        Assert.Equal($"Toestemming gevraagd voor een bericht met {WorkflowPeople.Sanne.Name}", consent.Subject);
        Assert.Contains($"Beste {WorkflowPeople.Anna.Name},", consent.Text, StringComparison.Ordinal);
        Assert.Contains(WorkflowPeople.Author.Name, consent.Text, StringComparison.Ordinal);
        Assert.Contains("> Sportdag was geweldig!", consent.Text, StringComparison.Ordinal);
        Assert.Equal(1, consent.InlineImages); // the photo Sanne is on, not the other one
        Assert.Contains("src=\"cid:foto1\"", consent.Html, StringComparison.Ordinal);
        Assert.Equal("consent:p.sanne", consent.CustomArgs![Mail.Templates.MailComposer.StepIdArg]);
        Assert.Equal(draft.DraftId, consent.CustomArgs[Mail.Templates.MailComposer.InstanceIdArg]);
    }

    [Theory]
    [InlineData(Backend.InMemory)]
    [InlineData(Backend.AzureStorage)]
    public async Task One_guardian_suffices_and_the_other_is_not_asked_again(Backend backend)
    {
        await using var host = await WorkflowHost.StartAsync(azurite, backend);
        var draft = WorkflowPeople.Draft(peopleShown: WorkflowPeople.Sanne.Id);

        await host.Approvals.SubmitAsync(draft, CancellationToken.None);
        await host.AnswerAsync(draft.DraftId, Bram, approve: true);
        await host.WaitForStageAsync(draft.DraftId, ApprovalStages.AwaitingApprovals, "manager");
        await host.AnswerAsync(draft.DraftId, Manager, approve: true);

        Assert.Equal(ApprovalStages.Published, (await host.WaitForEndAsync(draft.DraftId)).ReadOutputAs<ApprovalResult>()!.Stage);
        var approvals = await host.Get<ApprovalStore>().ListAsync(draft.DraftId, CancellationToken.None);
        Assert.Equal(ApprovalRecordStates.Closed, Assert.Single(approvals, a => a.HolderId == WorkflowPeople.Anna.Id).State);
        Assert.Equal(ApprovalRecordStates.Approved, Assert.Single(approvals, a => a.HolderId == WorkflowPeople.Bram.Id).State);
    }

    [Theory]
    [InlineData(Backend.InMemory)]
    [InlineData(Backend.AzureStorage)]
    public async Task Manager_rejection_ends_the_draft_and_the_comment_reaches_the_author(Backend backend)
    {
        await using var host = await WorkflowHost.StartAsync(azurite, backend);
        var draft = WorkflowPeople.Draft();

        await host.Approvals.SubmitAsync(draft, CancellationToken.None);
        await host.AnswerAsync(draft.DraftId, Manager, approve: false, comment: "Eerst met de sectie overleggen.");
        var end = await host.WaitForEndAsync(draft.DraftId);

        Assert.Equal(new ApprovalResult(ApprovalStages.Rejected, 1, "Eerst met de sectie overleggen."), end.ReadOutputAs<ApprovalResult>());
        var notice = await host.MailToAsync(draft.DraftId, Author);
        Assert.Equal("Je bericht is afgekeurd", notice.Subject);
        Assert.Contains($"{WorkflowPeople.Manager.Name} heeft je bericht afgekeurd.", notice.Text, StringComparison.Ordinal);
        Assert.Contains("> Eerst met de sectie overleggen.", notice.Text, StringComparison.Ordinal);
        Assert.Empty(await host.Get<ChannelStore>().ListAsync(draft.DraftId, CancellationToken.None));
    }

    [Theory]
    [InlineData(Backend.InMemory)]
    [InlineData(Backend.AzureStorage)]
    public async Task A_guardians_refusal_ends_the_draft_as_consent_refused(Backend backend)
    {
        await using var host = await WorkflowHost.StartAsync(azurite, backend);
        var draft = WorkflowPeople.Draft(peopleShown: WorkflowPeople.Sanne.Id);

        await host.Approvals.SubmitAsync(draft, CancellationToken.None);
        await host.AnswerAsync(draft.DraftId, Manager, approve: true);
        await host.AnswerAsync(draft.DraftId, Anna, approve: false, comment: "Liever niet.");
        var end = await host.WaitForEndAsync(draft.DraftId);

        Assert.Equal(ApprovalStages.ConsentRefused, end.ReadOutputAs<ApprovalResult>()!.Stage);
        Assert.Contains("p.sanne", end.ReadOutputAs<ApprovalResult>()!.Detail, StringComparison.Ordinal);
        Assert.Empty(await host.Get<ChannelStore>().ListAsync(draft.DraftId, CancellationToken.None));
        var notice = await host.MailToAsync(draft.DraftId, Author);
        Assert.Equal("Geen toestemming voor je bericht", notice.Subject);
        Assert.Contains($"Er is geen toestemming gegeven voor {WorkflowPeople.Sanne.Name}.", notice.Text, StringComparison.Ordinal);
        Assert.Contains("> Liever niet.", notice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(WorkflowPeople.Anna.Name, notice.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Backend.InMemory)]
    [InlineData(Backend.AzureStorage)]
    public async Task A_no_in_the_consent_register_refuses_at_once_without_asking_anyone(Backend backend)
    {
        await using var host = await WorkflowHost.StartAsync(azurite, backend);
        var draft = WorkflowPeople.Draft(peopleShown: WorkflowPeople.Refuser.Id);

        await host.Approvals.SubmitAsync(draft, CancellationToken.None);
        var end = await host.WaitForEndAsync(draft.DraftId);

        Assert.Equal(ApprovalStages.ConsentRefused, end.ReadOutputAs<ApprovalResult>()!.Stage);
        Assert.Contains(WorkflowPeople.Refuser.Id, end.ReadOutputAs<ApprovalResult>()!.Detail, StringComparison.Ordinal);
        var notice = Assert.Single(await host.MailsAsync(draft.DraftId));
        Assert.Equal(Author, notice.To);
        Assert.Contains($"Er is geen toestemming gegeven voor {WorkflowPeople.Refuser.Name}.", notice.Text, StringComparison.Ordinal);
        Assert.Contains("toestemmingsregister", notice.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Backend.InMemory)]
    [InlineData(Backend.AzureStorage)]
    public async Task Blocking_findings_wait_for_a_revision_which_is_checked_again_and_approved(Backend backend)
    {
        await using var host = await WorkflowHost.StartAsync(azurite, backend);
        var draft = WorkflowPeople.Draft(text: $"Dit is {BlockingWordCheck.Word}.");

        await host.Approvals.SubmitAsync(draft, CancellationToken.None);
        await host.WaitForStageAsync(draft.DraftId, ApprovalStages.NeedsChanges);
        var state = await host.Get<DraftStateStore>().GetAsync(draft.DraftId, CancellationToken.None);
        Assert.Equal("A.1", Assert.Single(state!.Findings).Rule);
        Assert.DoesNotContain(await host.MailsAsync(draft.DraftId), m => m.To == Manager);
        var notice = await host.MailToAsync(draft.DraftId, Author);
        Assert.Equal("Je bericht moet worden aangepast", notice.Subject);
        Assert.Contains($"- A.1: {state.Findings[0].Message}", notice.Text, StringComparison.Ordinal);

        var revised = draft with { Revision = 2, Draft = draft.Draft with { Text = "Dit is prima." } };
        Assert.Equal(EventDelivery.Delivered, await host.Approvals.ReviseAsync(revised, "revise-1", CancellationToken.None));
        await host.WaitForStageAsync(draft.DraftId, ApprovalStages.AwaitingApprovals);
        await host.AnswerAsync(draft.DraftId, Manager, approve: true);

        var end = await host.WaitForEndAsync(draft.DraftId);
        Assert.Equal(new ApprovalResult(ApprovalStages.Published, 2, end.ReadOutputAs<ApprovalResult>()!.Detail), end.ReadOutputAs<ApprovalResult>());
        Assert.Equal($"Dit is {BlockingWordCheck.Word}.", (await host.Get<SubmissionStore>().GetAsync(draft.DraftId, 1, CancellationToken.None)).Draft.Text);
    }

    [Theory]
    [InlineData(Backend.InMemory)]
    [InlineData(Backend.AzureStorage)]
    public async Task The_author_may_withdraw_a_draft_that_needs_changes(Backend backend)
    {
        await using var host = await WorkflowHost.StartAsync(azurite, backend);
        var draft = WorkflowPeople.Draft(text: $"Dit is {BlockingWordCheck.Word}.");

        await host.Approvals.SubmitAsync(draft, CancellationToken.None);
        await host.WaitForStageAsync(draft.DraftId, ApprovalStages.NeedsChanges);
        await host.Approvals.WithdrawAsync(draft.DraftId, new WithdrawEvent("w-1", WorkflowPeople.Author.Id, "Toch niet."), CancellationToken.None);

        Assert.Equal(ApprovalStages.Withdrawn, (await host.WaitForEndAsync(draft.DraftId)).ReadOutputAs<ApprovalResult>()!.Stage);
    }

    [Theory]
    [InlineData(Backend.InMemory)]
    [InlineData(Backend.AzureStorage)]
    public async Task A_revision_voids_the_approvals_given_before_it(Backend backend)
    {
        await using var host = await WorkflowHost.StartAsync(azurite, backend);
        var draft = WorkflowPeople.Draft(peopleShown: WorkflowPeople.Sanne.Id);

        await host.Approvals.SubmitAsync(draft, CancellationToken.None);
        await host.AnswerAsync(draft.DraftId, Manager, approve: true);
        await host.WaitForStageAsync(draft.DraftId, ApprovalStages.AwaitingApprovals, "consent:p.sanne");
        var revised = draft with { Revision = 2, Draft = draft.Draft with { Text = "Sportdag was echt geweldig!" } };
        await host.Approvals.ReviseAsync(revised, "revise-1", CancellationToken.None);
        await host.WaitForStageAsync(draft.DraftId, ApprovalStages.AwaitingApprovals, "manager", "consent:p.sanne");
        await host.AnswerAsync(draft.DraftId, Anna, approve: true);

        // The manager's approval of revision 1 does not count for revision 2.
        await host.WaitForStageAsync(draft.DraftId, ApprovalStages.AwaitingApprovals, "manager");
        var managerMails = (await host.MailsAsync(draft.DraftId)).Where(m => m.To == Manager).ToList();
        Assert.Equal(2, managerMails.Count);
        await host.AnswerAsync(draft.DraftId, Manager, approve: true);

        var end = await host.WaitForEndAsync(draft.DraftId);
        Assert.Equal(ApprovalStages.Published, end.ReadOutputAs<ApprovalResult>()!.Stage);
        Assert.Equal(2, end.ReadOutputAs<ApprovalResult>()!.Revision);
    }

    [Theory]
    [InlineData(Backend.InMemory)]
    [InlineData(Backend.AzureStorage)]
    public async Task An_answer_through_an_old_revisions_link_does_not_count(Backend backend)
    {
        await using var host = await WorkflowHost.StartAsync(azurite, backend);
        var draft = WorkflowPeople.Draft();

        await host.Approvals.SubmitAsync(draft, CancellationToken.None);
        var oldMail = await host.MailToAsync(draft.DraftId, Manager);
        var revised = draft with { Revision = 2, Draft = draft.Draft with { Text = "Nieuwe tekst." } };
        await host.Approvals.ReviseAsync(revised, "revise-1", CancellationToken.None);
        await host.WaitForStageAsync(draft.DraftId, ApprovalStages.AwaitingApprovals);
        var oldLink = await host.LinkAsync(oldMail);
        await host.Approvals.DecideAsync(draft.DraftId, new DecisionEvent("old", oldLink.StepId, oldLink.HolderId, true, oldLink.ContentHash), CancellationToken.None);

        var audit = await WaitForAuditAsync(host, draft.DraftId, "decision:ignored");
        Assert.Equal(WorkflowPeople.Manager.Id, audit.Actor);
        Assert.Equal(["manager"], (await host.WaitForStageAsync(draft.DraftId, ApprovalStages.AwaitingApprovals)).PendingStepIds);
    }

    [Theory]
    [InlineData(Backend.InMemory)]
    [InlineData(Backend.AzureStorage)]
    public async Task An_event_delivered_twice_counts_once(Backend backend)
    {
        await using var host = await WorkflowHost.StartAsync(azurite, backend);
        var draft = WorkflowPeople.Draft();

        await host.Approvals.SubmitAsync(draft, CancellationToken.None);
        var link = await host.LinkAsync(await host.MailToAsync(draft.DraftId, Manager));
        var approve = new DecisionEvent("click-1", link.StepId, link.HolderId, true, link.ContentHash);
        await host.Approvals.DecideAsync(draft.DraftId, approve, CancellationToken.None);
        await host.Approvals.DecideAsync(draft.DraftId, approve with { Approved = false, Comment = "replayed" }, CancellationToken.None);

        var end = await host.WaitForEndAsync(draft.DraftId);
        Assert.Equal(ApprovalStages.Published, end.ReadOutputAs<ApprovalResult>()!.Stage);
        var decisions = (await host.Get<AuditLog>().ListAsync(draft.DraftId, CancellationToken.None)).Where(a => a.Action.StartsWith("decision", StringComparison.Ordinal));
        Assert.Equal("decision:approved", Assert.Single(decisions).Action);
    }

    [Theory]
    [InlineData(Backend.InMemory)]
    [InlineData(Backend.AzureStorage)]
    public async Task An_event_for_an_unknown_or_finished_instance_changes_nothing(Backend backend)
    {
        await using var host = await WorkflowHost.StartAsync(azurite, backend);
        var draft = WorkflowPeople.Draft();
        await host.Approvals.SubmitAsync(draft, CancellationToken.None);
        await host.AnswerAsync(draft.DraftId, Manager, approve: false);
        await host.WaitForEndAsync(draft.DraftId);

        var late = new DecisionEvent("late", StepIds.Manager, WorkflowPeople.Manager.Id, true, "x");
        Assert.Equal(EventDelivery.UnknownInstance, await host.Approvals.DecideAsync("no-such-draft", late, CancellationToken.None));
        Assert.Equal(EventDelivery.InstanceFinished, await host.Approvals.DecideAsync(draft.DraftId, late, CancellationToken.None));
        Assert.Equal(ApprovalStages.Rejected, (await host.Get<DraftStateStore>().GetAsync(draft.DraftId, CancellationToken.None))!.Stage);
        await Assert.ThrowsAsync<InvalidOperationException>(() => host.Approvals.SubmitAsync(draft, CancellationToken.None));
    }

    [Theory]
    [InlineData(Backend.InMemory)]
    [InlineData(Backend.AzureStorage)]
    public async Task A_personal_post_without_people_shown_is_the_authors_to_post(Backend backend)
    {
        await using var host = await WorkflowHost.StartAsync(azurite, backend);
        var draft = WorkflowPeople.Draft(capacity: Capacity.Personal);

        await host.Approvals.SubmitAsync(draft, CancellationToken.None);
        var end = await host.WaitForEndAsync(draft.DraftId);

        Assert.Equal(ApprovalStages.Approved, end.ReadOutputAs<ApprovalResult>()!.Stage);
        Assert.Empty(await host.Get<ChannelStore>().ListAsync(draft.DraftId, CancellationToken.None));
        Assert.Contains("je plaatst het zelf", (await host.MailToAsync(draft.DraftId, Author)).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Backend.InMemory)]
    [InlineData(Backend.AzureStorage)]
    public async Task Consent_withdrawn_after_publication_takes_the_post_down_everywhere_once(Backend backend)
    {
        await using var host = await WorkflowHost.StartAsync(azurite, backend);
        var draft = WorkflowPeople.Draft(peopleShown: WorkflowPeople.Sanne.Id);
        await host.Approvals.SubmitAsync(draft, CancellationToken.None);
        await host.AnswerAsync(draft.DraftId, Manager, approve: true);
        await host.AnswerAsync(draft.DraftId, Anna, approve: true);
        await host.WaitForEndAsync(draft.DraftId);

        var withdrawal = new ConsentWithdrawnEvent("w-1", WorkflowPeople.Sanne.Id, WorkflowPeople.Anna.Id, "Toch liever niet.");
        Assert.Equal(EventDelivery.TakedownStarted, await host.Approvals.WithdrawConsentAsync(draft.DraftId, withdrawal, CancellationToken.None));
        Assert.Equal(EventDelivery.InstanceFinished, await host.Approvals.WithdrawConsentAsync(draft.DraftId, withdrawal with { EventId = "w-2" }, CancellationToken.None));
        var end = await host.WaitForEndAsync(TakedownOrchestrator.InstanceId(draft.DraftId));

        Assert.Equal(ApprovalStages.TakenDown, end.ReadOutputAs<ApprovalResult>()!.Stage);
        Assert.All(await host.Get<ChannelStore>().ListAsync(draft.DraftId, CancellationToken.None), c => Assert.Equal(ChannelStore.TakenDown, c.State));
        foreach (var channel in draft.Draft.Channels)
        {
            var publisher = host.Get<IEnumerable<Publishing.IPublisher>>().OfType<DevelopmentPublisher>().Single(p => p.Channel == channel);
            Assert.NotNull(Assert.Single(await publisher.ListAsync(CancellationToken.None), p => p.GetString("DraftId") == draft.DraftId).GetDateTimeOffset("DeletedAt"));
        }

        var state = await host.Get<DraftStateStore>().GetAsync(draft.DraftId, CancellationToken.None);
        Assert.Equal(ApprovalStages.TakenDown, state!.Stage);
        Assert.Contains("Toch liever niet.", state.Detail, StringComparison.Ordinal);
        var takedown = await host.MailToAsync(draft.DraftId, Author, nameof(Mail.MailKind.Takedown));
        Assert.Contains($"> De toestemming voor {WorkflowPeople.Sanne.Name} is ingetrokken: Toch liever niet.", takedown.Text, StringComparison.Ordinal);
        Assert.Contains("- Facebook: ", takedown.Text, StringComparison.Ordinal);
        Assert.Contains("- Mastodon: ", takedown.Text, StringComparison.Ordinal);
    }

    private static async Task<AuditEntry> WaitForAuditAsync(WorkflowHost host, string draftId, string action)
    {
        for (var i = 0; i < 300; i++)
        {
            var entry = (await host.Get<AuditLog>().ListAsync(draftId, CancellationToken.None)).FirstOrDefault(a => a.Action == action);
            if (entry is not null)
            {
                return entry;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No audit entry {action} for {draftId}.");
    }
}
