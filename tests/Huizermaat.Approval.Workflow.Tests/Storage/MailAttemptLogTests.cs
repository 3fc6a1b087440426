using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Huizermaat.Approval.Mail;
using Huizermaat.Approval.Mail.Templates;
using Huizermaat.Approval.Testing;
using Huizermaat.Approval.Workflow.Development;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Huizermaat.Approval.Workflow.Tests.Storage;

/// <summary>The mail attempt log in Table Storage (Azurite), alone and behind <see cref="WorkflowMail"/>.</summary>
public sealed class MailAttemptLogTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task The_log_goes_from_none_to_sending_to_sent_and_admits_one_sending_per_message_id()
    {
        var storage = await StorageAsync();
        var log = new TableMailAttemptLog(storage, TimeProvider.System);
        var id = $"d{Guid.NewGuid():N}.r1.manager.m1.request";

        Assert.Equal(MailAttemptState.None, await log.GetAsync(id, CancellationToken.None));
        Assert.True(await log.TryRecordSendingAsync(id, CancellationToken.None));
        Assert.False(await log.TryRecordSendingAsync(id, CancellationToken.None));
        Assert.Equal(MailAttemptState.Sending, await log.GetAsync(id, CancellationToken.None));
        await log.RecordSentAsync(id, CancellationToken.None);
        Assert.Equal(MailAttemptState.Sent, await log.GetAsync(id, CancellationToken.None));
        Assert.False(await log.TryRecordSendingAsync(id, CancellationToken.None));
        Assert.Equal(MailAttemptState.None, await log.GetAsync($"{id}.other", CancellationToken.None));
    }

    [Fact]
    public async Task A_forgotten_attempt_may_be_recorded_again()
    {
        var log = new TableMailAttemptLog(await StorageAsync(), TimeProvider.System);
        var id = $"d{Guid.NewGuid():N}.r1.author.published";

        Assert.True(await log.TryRecordSendingAsync(id, CancellationToken.None));
        await log.ForgetAsync(id, CancellationToken.None);

        Assert.Equal(MailAttemptState.None, await log.GetAsync(id, CancellationToken.None));
        Assert.True(await log.TryRecordSendingAsync(id, CancellationToken.None));
    }

    [Fact]
    public async Task A_message_id_that_cannot_be_a_table_key_is_refused()
    {
        var log = new TableMailAttemptLog(await StorageAsync(), TimeProvider.System);

        await Assert.ThrowsAsync<ArgumentException>(() => log.TryRecordSendingAsync("draft/1", CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => log.GetAsync(string.Empty, CancellationToken.None));
    }

    [Fact]
    public async Task A_workflow_mail_sent_again_under_its_id_is_delivered_once()
    {
        var storage = await StorageAsync();
        var (mail, mailbox, _) = WorkflowMail(storage);
        var draftId = $"d{Guid.NewGuid():N}";

        Assert.Equal(MailSendOutcome.Sent, await mail.SendOnceAsync(draftId, $"{draftId}.r1.author.needs-changes", () => Task.FromResult(Model(draftId)), CancellationToken.None));
        Assert.Equal(MailSendOutcome.AlreadySent, await mail.SendOnceAsync(draftId, $"{draftId}.r1.author.needs-changes", () => Task.FromResult(Model(draftId)), CancellationToken.None));

        var delivered = Assert.Single(await mailbox.ListAsync(draftId, CancellationToken.None));
        Assert.Equal(1, delivered.Deliveries);
        Assert.Equal($"{draftId}.r1.author.needs-changes", delivered.CustomArgs![MailArgs.MessageId]);
    }

    [Fact]
    public async Task A_mail_attempted_but_never_confirmed_is_not_sent_again_and_the_audit_trail_says_so()
    {
        var storage = await StorageAsync();
        var (mail, mailbox, audit) = WorkflowMail(storage);
        var draftId = $"d{Guid.NewGuid():N}";
        var messageId = $"{draftId}.r1.manager.m1.request";
        await new TableMailAttemptLog(storage, TimeProvider.System).TryRecordSendingAsync(messageId, CancellationToken.None);

        var outcome = await mail.SendOnceAsync(draftId, messageId, () => throw new InvalidOperationException("must not prepare"), CancellationToken.None);

        Assert.Equal(MailSendOutcome.PossiblyNotDelivered, outcome);
        Assert.Empty(await mailbox.ListAsync(draftId, CancellationToken.None));
        var entry = Assert.Single(await audit.ListAsync(draftId, CancellationToken.None));
        Assert.Equal(Workflow.WorkflowMail.PossiblyNotDeliveredAction, entry.Action);
        Assert.Contains(messageId, entry.Detail, StringComparison.Ordinal);
    }

    private static (WorkflowMail Mail, DevelopmentMailbox Mailbox, AuditLog Audit) WorkflowMail(WorkflowStorage storage)
    {
        var mailbox = new DevelopmentMailbox(storage, TimeProvider.System);
        var audit = new AuditLog(storage);
        return (new WorkflowMail(mailbox, new TableMailAttemptLog(storage, TimeProvider.System), audit, TimeProvider.System, NullLogger<WorkflowMail>.Instance), mailbox, audit);
    }

    private static MailModel Model(string draftId) =>
        new NeedsChangesMail(new MailAddress("auteur@school.example", "Auteur"), draftId, "author:needs-changes", ["A.1: naam"], new Uri($"http://localhost:7071/berichten/{draftId}"));

    private async Task<WorkflowStorage> StorageAsync()
    {
        var storage = new WorkflowStorage(new TableServiceClient(azurite.ConnectionString), new BlobServiceClient(azurite.ConnectionString));
        await storage.EnsureCreatedAsync(CancellationToken.None);
        return storage;
    }
}
