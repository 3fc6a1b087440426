using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Testing;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Activities;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Huizermaat.Approval.Web.Tests;

/// <summary>
/// An activity is run at least once: a host killed after an activity did its work, but before its work item was done,
/// has it run again by the next host when the queue hands the message out again, while the instance may have gone on
/// (found by the chaos run, seed 8: the manager's approval of version 1, recorded again after version 2 was sent, made
/// the manager's new link say "Link al gebruikt"). What it finds written since must stay as it is, and what it has not
/// yet written must not make a live link refuse.
/// </summary>
public sealed class LateActivityTests(FlowHost host) : IClassFixture<FlowHost>
{
    [Fact]
    public async Task An_earlier_versions_approval_recorded_again_late_leaves_the_new_versions_link_offering_a_decision()
    {
        var (draftId, oldLink, newLink) = await RevisedDraftAsync();
        var approvals = host.App.Services.GetRequiredService<ApprovalStore>();
        var firstVersion = (await approvals.FindLinkAsync(ApprovalTokens.Hash(oldLink.Segments[^1]), CancellationToken.None))!;

        // The manager approved version 1; that activity runs again now, after version 2 was sent.
        var decision = new Decision(ApprovalTokens.Hash(oldLink.Segments[^1]), "manager", "mark", Approved: true, firstVersion.ContentHash, DateTimeOffset.UtcNow);
        await ActivatorUtilities.CreateInstance<RecordDecision>(host.App.Services).RunAsync(null!, new DecisionRecord(draftId, 1, decision, Counted: true));

        using var manager = await host.ClientAsync();
        using var page = await manager.GetAsync(newLink);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("value=\"approve\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("requested", await ManagerApprovalAsync(draftId));
        using var press = await FlowClient.PressAsync(manager, newLink, "approve");
        Assert.Equal(HttpStatusCode.OK, press.StatusCode);
    }

    [Fact]
    public async Task The_voiding_of_an_earlier_version_run_again_late_leaves_the_new_versions_requests_open()
    {
        var (draftId, _, newLink) = await RevisedDraftAsync();

        // Version 2 voided the requests and answers of version 1; that activity runs again now, after version 2 was sent.
        await ActivatorUtilities.CreateInstance<CloseRequests>(host.App.Services).RunAsync(
            null!, new RequestClosure(draftId, 1, ApprovalRecordStates.Voided, IncludeAnswered: true));

        using var manager = await host.ClientAsync();
        using var page = await manager.GetAsync(newLink);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("value=\"approve\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("requested", await ManagerApprovalAsync(draftId));
    }

    [Fact]
    public async Task An_earlier_stage_or_check_recorded_again_late_leaves_the_newer_stage_and_its_links_as_they_are()
    {
        using var author = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(author, FlowClient.Draft(await FlowClient.UploadPhotoAsync(author)));
        await FlowClient.WaitForStateAsync(author, draftId, "awaiting-approvals");
        var link = await FlowClient.MailedLinkAsync(author, draftId, FlowPeople.ManagerEmail);
        var states = host.App.Services.GetRequiredService<DraftStateStore>();
        var waiting = (await states.GetAsync(draftId, CancellationToken.None))!;
        Assert.NotNull(waiting.RecordedAt);
        var earlier = waiting.RecordedAt!.Value.AddSeconds(-1);

        // The revision's check and an earlier stage run again now, after the instance recorded that it waits.
        await ActivatorUtilities.CreateInstance<CheckRevision>(host.App.Services).RunAsync(null!, new RevisionRef(draftId, waiting.Revision, earlier));
        await ActivatorUtilities.CreateInstance<RecordStage>(host.App.Services).RunAsync(
            null!, new StageChange(draftId, waiting.Revision, ApprovalStages.NeedsChanges, earlier, [], "system"));

        var state = (await states.GetAsync(draftId, CancellationToken.None))!;
        Assert.Equal(ApprovalStages.AwaitingApprovals, state.Stage);
        Assert.Equal(waiting.PendingStepIds, state.PendingStepIds);
        var status = await FlowClient.WaitForStateAsync(author, draftId, "awaiting-approvals");
        Assert.Equal("awaiting-approvals", status.GetProperty("state").GetString());
        using var manager = await host.ClientAsync();
        using var page = await manager.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("value=\"approve\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_mailed_before_the_instance_recorded_that_it_waits_offers_a_decision_that_counts()
    {
        using var author = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(author, FlowClient.Draft(await FlowClient.UploadPhotoAsync(author)));
        await FlowClient.WaitForStateAsync(author, draftId, "awaiting-approvals");
        var link = await FlowClient.MailedLinkAsync(author, draftId, FlowPeople.ManagerEmail);

        // The host died after the requests went out and before "awaiting-approvals" was recorded: the read model still
        // says what the revision's first activity wrote, until the recording runs again.
        var states = host.App.Services.GetRequiredService<DraftStateStore>();
        var state = (await states.GetAsync(draftId, CancellationToken.None))!;
        await states.SaveAsync(state with { Stage = ApprovalStages.Checking }, CancellationToken.None);

        using var manager = await host.ClientAsync();
        using var page = await manager.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("value=\"approve\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var press = await FlowClient.PressAsync(manager, link, "approve");
        Assert.Equal(HttpStatusCode.OK, press.StatusCode);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await ManagerApprovalAsync(draftId) != ApprovalRecordStates.Approved)
        {
            Assert.True(DateTime.UtcNow < deadline, "The press on a link mailed before the instance recorded that it waits never counted.");
            await Task.Delay(250);
        }
    }

    /// <summary>A draft sent, then revised: the manager's link for version 1 and the one for version 2, once it came.</summary>
    private async Task<(string DraftId, Uri OldLink, Uri NewLink)> RevisedDraftAsync()
    {
        using var author = await host.ClientAsync(FlowPeople.AuthorEmail);
        var mediaId = await FlowClient.UploadPhotoAsync(author);
        var draftId = await FlowClient.SubmitAsync(author, FlowClient.Draft(mediaId));
        await FlowClient.WaitForStateAsync(author, draftId, "awaiting-approvals");
        var oldLink = await FlowClient.MailedLinkAsync(author, draftId, FlowPeople.ManagerEmail);
        using var revise = await author.PostAsJsonAsync(new Uri($"api/drafts/{draftId}/revisions", UriKind.Relative), FlowClient.Draft(mediaId, "Wat een mooie open dag was het!"));
        Assert.Equal(HttpStatusCode.Accepted, revise.StatusCode);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var newLink = await FlowClient.MailedLinkAsync(author, draftId, FlowPeople.ManagerEmail);
            var draft = await author.GetFromJsonAsync<JsonElement>(new Uri($"api/drafts/{draftId}", UriKind.Relative));
            if (newLink != oldLink && draft.GetProperty("revision").GetInt32() == 2 && draft.GetProperty("state").GetString() == "awaiting-approvals")
            {
                return (draftId, oldLink, newLink);
            }

            Assert.True(DateTime.UtcNow < deadline, $"Draft {draftId} was not asked about again: {draft}");
            await Task.Delay(250);
        }
    }

    private async Task<string?> ManagerApprovalAsync(string draftId) =>
        (await host.App.Services.GetRequiredService<ApprovalStore>().GetAsync(draftId, "manager", "mark", CancellationToken.None))?.State;
}
