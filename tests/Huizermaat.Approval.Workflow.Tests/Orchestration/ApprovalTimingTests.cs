using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Mail;
using Huizermaat.Approval.Publishing;
using Huizermaat.Approval.Testing;
using Huizermaat.Approval.Workflow.Development;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Huizermaat.Approval.Workflow.Tests.Orchestration;

/// <summary>
/// Reminders, escalation, expiry, quiet hours, scheduling and publishing retries, on real timers with durations of seconds,
/// in memory and on the Azure Storage backend (Azurite) through the real local host.
/// </summary>
public sealed class ApprovalTimingTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly string Manager = WorkflowPeople.Manager.Email!;
    private static readonly string Deputy = WorkflowPeople.Deputy.Email!;
    private static readonly string Anna = WorkflowPeople.Anna.Email!;

    [Theory]
    [InlineData(Backend.InMemory)]
    [InlineData(Backend.AzureStorage)]
    public async Task Silence_is_reminded_escalated_and_then_expires_as_refused(Backend backend)
    {
        var options = WorkflowHost.Options with
        {
            ReminderAfter = TimeSpan.FromSeconds(2), EscalationAfter = TimeSpan.FromSeconds(3), ExpiryAfter = TimeSpan.FromSeconds(5),
        };
        await using var host = await WorkflowHost.StartAsync(azurite, backend, options);
        var draft = WorkflowPeople.Draft(peopleShown: WorkflowPeople.Sanne.Id);

        await host.Approvals.SubmitAsync(draft, CancellationToken.None);
        var end = await host.WaitForEndAsync(draft.DraftId);

        Assert.Equal(ApprovalStages.Expired, end.ReadOutputAs<ApprovalResult>()!.Stage);
        var mails = await host.MailsAsync(draft.DraftId);
        Assert.Equal(
            [nameof(MailKind.ManagerRequest), nameof(MailKind.Reminder)],
            mails.Where(m => m.To == Manager).Select(m => m.Kind));
        Assert.Equal([nameof(MailKind.ConsentRequest), nameof(MailKind.Reminder)], mails.Where(m => m.To == Anna).Select(m => m.Kind));
        Assert.Equal([nameof(MailKind.Escalation)], mails.Where(m => m.To == Deputy).Select(m => m.Kind));
        var expiry = Assert.Single(mails, m => m.To == WorkflowPeople.Author.Email && m.Kind == nameof(MailKind.Expiry));
        Assert.Contains("- goedkeuring door je leidinggevende", expiry.Text, StringComparison.Ordinal);
        Assert.Contains($"- toestemming voor {WorkflowPeople.Sanne.Name}", expiry.Text, StringComparison.Ordinal);
        var escalation = Assert.Single(mails, m => m.To == Deputy);
        Assert.Contains($"{WorkflowPeople.Manager.Name} heeft nog niet gereageerd op een bericht van {WorkflowPeople.Author.Name}", escalation.Text, StringComparison.Ordinal);
        Assert.Contains($"waarop {WorkflowPeople.Sanne.Name} te zien of te horen is, wacht nog op uw toestemming", mails.Single(m => m.To == Anna && m.Kind == nameof(MailKind.Reminder)).Text, StringComparison.Ordinal);
        Assert.All(mails, m => Assert.Equal(1, m.Deliveries));
        var approvals = await host.Get<ApprovalStore>().ListAsync(draft.DraftId, CancellationToken.None);
        Assert.All(approvals, a => Assert.Equal(ApprovalRecordStates.Expired, a.State));
    }

    [Theory]
    [InlineData(Backend.InMemory)]
    [InlineData(Backend.AzureStorage)]
    public async Task The_deputy_decides_for_the_manager_once_the_step_is_escalated(Backend backend)
    {
        var options = WorkflowHost.Options with { ReminderAfter = TimeSpan.FromSeconds(1), EscalationAfter = TimeSpan.FromSeconds(2) };
        await using var host = await WorkflowHost.StartAsync(azurite, backend, options);
        var draft = WorkflowPeople.Draft();

        await host.Approvals.SubmitAsync(draft, CancellationToken.None);
        await host.MailToAsync(draft.DraftId, Deputy, nameof(MailKind.Escalation));
        await host.AnswerAsync(draft.DraftId, Deputy, approve: true);

        Assert.Equal(ApprovalStages.Published, (await host.WaitForEndAsync(draft.DraftId)).ReadOutputAs<ApprovalResult>()!.Stage);
    }

    [Theory]
    [InlineData(Backend.InMemory)]
    [InlineData(Backend.AzureStorage)]
    public async Task Requests_expire_at_the_requested_publish_time(Backend backend)
    {
        await using var host = await WorkflowHost.StartAsync(azurite, backend);
        var draft = WorkflowPeople.Draft() with { PublishAt = DateTimeOffset.UtcNow.AddSeconds(3) };

        await host.Approvals.SubmitAsync(draft, CancellationToken.None);
        var end = await host.WaitForEndAsync(draft.DraftId);

        Assert.Equal(ApprovalStages.Expired, end.ReadOutputAs<ApprovalResult>()!.Stage);
        Assert.Empty(await host.Get<ChannelStore>().ListAsync(draft.DraftId, CancellationToken.None));
    }

    [Theory]
    [InlineData(Backend.InMemory)]
    [InlineData(Backend.AzureStorage)]
    public async Task An_approved_post_waits_for_its_publish_time(Backend backend)
    {
        await using var host = await WorkflowHost.StartAsync(azurite, backend);
        var publishAt = DateTimeOffset.UtcNow.AddSeconds(10); // time enough to approve on a loaded machine
        var draft = WorkflowPeople.Draft() with { PublishAt = publishAt };

        await host.Approvals.SubmitAsync(draft, CancellationToken.None);
        await host.AnswerAsync(draft.DraftId, Manager, approve: true);
        await host.WaitForStageAsync(draft.DraftId, ApprovalStages.Scheduled);
        Assert.Empty(await host.Get<ChannelStore>().ListAsync(draft.DraftId, CancellationToken.None));

        Assert.Equal(ApprovalStages.Published, (await host.WaitForEndAsync(draft.DraftId)).ReadOutputAs<ApprovalResult>()!.Stage);
        var channels = await host.Get<ChannelStore>().ListAsync(draft.DraftId, CancellationToken.None);
        Assert.All(channels, c => Assert.True(c.At >= publishAt.AddSeconds(-1), $"{c.Channel} published at {c.At:O}, before {publishAt:O}"));
    }

    [Theory]
    [InlineData(Backend.InMemory)]
    [InlineData(Backend.AzureStorage)]
    public async Task Parents_are_not_mailed_in_quiet_hours_but_when_they_end(Backend backend)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
        var quietEnds = DateTimeOffset.UtcNow.AddSeconds(8);
        var options = WorkflowHost.Options with { QuietHoursStart = local.AddMinutes(-1), QuietHoursEnd = local.Add(TimeSpan.FromSeconds(8)) };
        await using var host = await WorkflowHost.StartAsync(azurite, backend, options);
        var draft = WorkflowPeople.Draft(peopleShown: WorkflowPeople.Sanne.Id);

        await host.Approvals.SubmitAsync(draft, CancellationToken.None);
        await host.MailToAsync(draft.DraftId, Manager);
        Assert.DoesNotContain(await host.MailsAsync(draft.DraftId), m => m.To == Anna);

        var parentMail = await host.MailToAsync(draft.DraftId, Anna);
        Assert.True(parentMail.ReceivedAt >= quietEnds.AddSeconds(-1), $"mailed at {parentMail.ReceivedAt:O}, quiet hours end at {quietEnds:O}");
    }

    [Fact]
    public async Task A_channel_that_keeps_failing_is_flagged_and_the_others_are_published_once()
    {
        var failing = new FailingPublisher(Channel.Mastodon);
        var options = WorkflowHost.Options with { PublishAttempts = 3, PublishFirstRetry = TimeSpan.FromSeconds(1) };
        await using var host = await WorkflowHost.StartAsync(azurite, Backend.InMemory, options, services => services.AddSingleton<IPublisher>(failing));
        var draft = WorkflowPeople.Draft();

        await host.Approvals.SubmitAsync(draft, CancellationToken.None);
        await host.AnswerAsync(draft.DraftId, Manager, approve: true);
        var end = await host.WaitForEndAsync(draft.DraftId);

        Assert.Equal(ApprovalStages.PublishFailed, end.ReadOutputAs<ApprovalResult>()!.Stage);
        Assert.Equal(3, failing.Attempts);
        var channels = await host.Get<ChannelStore>().ListAsync(draft.DraftId, CancellationToken.None);
        Assert.Equal(ChannelStore.Failed, Assert.Single(channels, c => c.Channel == "mastodon").State);
        Assert.Equal(ChannelStore.Published, Assert.Single(channels, c => c.Channel == "facebook").State);
        var facebook = host.Get<IEnumerable<IPublisher>>().OfType<DevelopmentPublisher>().Single(p => p.Channel == Channel.Facebook);
        Assert.Equal(1, Assert.Single(await facebook.ListAsync(CancellationToken.None), p => p.GetString("DraftId") == draft.DraftId).GetInt32("Attempts"));
    }
}
