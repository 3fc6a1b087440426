using System.Net;
using Huizermaat.Approval.Testing;
using Huizermaat.Approval.Web.Links;
using Huizermaat.Approval.Web.Storage;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Huizermaat.Approval.Web.Tests;

/// <summary>
/// An approver presses again after the answer to their press was lost (the host stopped between recording the link's
/// use and telling the workflow): the press counts, once.
/// </summary>
public sealed class RepeatedPressTests(FlowHost host) : IClassFixture<FlowHost>
{
    [Fact]
    public async Task A_press_repeated_after_its_use_was_recorded_but_never_delivered_still_decides_once()
    {
        using var author = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(author, FlowClient.Draft(await FlowClient.UploadPhotoAsync(author)));
        await FlowClient.WaitForStateAsync(author, draftId, "awaiting-approvals");
        var link = await FlowClient.MailedLinkAsync(author, draftId, FlowPeople.ManagerEmail);
        using var manager = await host.ClientAsync();
        var page = await manager.GetStringAsync(link);

        // What the killed host left: the link's use recorded, the workflow never told.
        var uses = host.App.Services.GetRequiredService<LinkUseStore>();
        Assert.True(await uses.TryUseAsync(ApprovalTokens.Hash(link.Segments[^1]), LinkUseStore.Decision, "approve", DateTimeOffset.UtcNow, CancellationToken.None));

        using var repeat = await FlowClient.PostFormAsync(manager, link, page, ("decision", "approve"), ("comment", string.Empty));
        await WaitForManagerApprovedAsync(draftId);
        using var again = await FlowClient.PostFormAsync(manager, link, page, ("decision", "approve"), ("comment", string.Empty));
        using var other = await FlowClient.PostFormAsync(manager, link, page, ("decision", "reject"), ("comment", string.Empty));

        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.Contains("Dank je wel", await repeat.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        var audit = await host.App.Services.GetRequiredService<AuditLog>().ListAsync(draftId, CancellationToken.None);
        Assert.Single(audit, e => e.Action == "decision:approved");
    }

    [Fact]
    public async Task A_press_repeated_after_only_its_step_was_claimed_still_decides_once()
    {
        using var author = await host.ClientAsync(FlowPeople.AuthorEmail);
        var draftId = await FlowClient.SubmitAsync(author, FlowClient.Draft(await FlowClient.UploadPhotoAsync(author)));
        await FlowClient.WaitForStateAsync(author, draftId, "awaiting-approvals");
        var link = await FlowClient.MailedLinkAsync(author, draftId, FlowPeople.ManagerEmail);
        using var manager = await host.ClientAsync();
        var page = await manager.GetStringAsync(link);

        // What a host killed one write earlier left: the approver's decision on the step claimed by this press, the
        // link's own use not yet recorded.
        var record = (await host.App.Services.GetRequiredService<ApprovalStore>().ListAsync(draftId, CancellationToken.None)).Single(r => r.StepId == "manager");
        var hash = ApprovalTokens.Hash(link.Segments[^1]);
        Assert.True(await host.App.Services.GetRequiredService<LinkUseStore>().TryUseAsync(
            LinkUseStore.StepKey(draftId, record.Revision, record.StepId, record.HolderId), LinkUseStore.Decision, "approve|" + hash, DateTimeOffset.UtcNow, CancellationToken.None));

        using var repeat = await FlowClient.PostFormAsync(manager, link, page, ("decision", "approve"), ("comment", string.Empty));
        await WaitForManagerApprovedAsync(draftId);
        using var other = await FlowClient.PostFormAsync(manager, link, page, ("decision", "reject"), ("comment", string.Empty));

        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.Contains("Dank je wel", await repeat.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        var audit = await host.App.Services.GetRequiredService<AuditLog>().ListAsync(draftId, CancellationToken.None);
        Assert.Single(audit, e => e.Action == "decision:approved");
    }

    private async Task WaitForManagerApprovedAsync(string draftId)
    {
        var approvals = host.App.Services.GetRequiredService<ApprovalStore>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await approvals.ListAsync(draftId, CancellationToken.None)).All(r => r.State != ApprovalRecordStates.Approved))
        {
            Assert.True(DateTime.UtcNow < deadline, "The manager's repeated press never counted.");
            await Task.Delay(250);
        }
    }
}
