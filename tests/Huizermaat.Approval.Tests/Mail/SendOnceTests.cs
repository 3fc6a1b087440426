using System.Net;
using Huizermaat.Approval.Mail;

namespace Huizermaat.Approval.Tests.Mail;

/// <summary>The decision to send a workflow mail at most once per message id, with fakes of the mail ports.</summary>
public sealed class SendOnceTests
{
    private const string MessageId = "d1.r1.manager.m1.request";

    private readonly FakeAttemptLog attempts = new();
    private readonly CountingSender sender;
    private int prepared;

    public SendOnceTests() => sender = new CountingSender(attempts);

    [Fact]
    public async Task A_first_attempt_prepares_sends_and_records_it_as_sent()
    {
        var outcome = await sender.SendOnceAsync(MessageId, attempts, Prepare, CancellationToken.None);

        Assert.Equal(MailSendOutcome.Sent, outcome);
        Assert.Equal(1, prepared);
        Assert.Equal(1, sender.Calls);
        Assert.Equal(MailAttemptState.Sent, attempts.States[MessageId]);
        Assert.Equal(MailAttemptState.Sending, sender.StateSeenWhileSending);
    }

    [Fact]
    public async Task A_retry_after_a_sent_mail_neither_prepares_nor_sends()
    {
        await sender.SendOnceAsync(MessageId, attempts, Prepare, CancellationToken.None);

        var outcome = await sender.SendOnceAsync(MessageId, attempts, Prepare, CancellationToken.None);

        Assert.Equal(MailSendOutcome.AlreadySent, outcome);
        Assert.Equal(1, prepared);
        Assert.Equal(1, sender.Calls);
    }

    [Fact]
    public async Task A_retry_after_an_unconfirmed_attempt_does_not_send_and_reports_it()
    {
        attempts.States[MessageId] = MailAttemptState.Sending;

        var outcome = await sender.SendOnceAsync(MessageId, attempts, Prepare, CancellationToken.None);

        Assert.Equal(MailSendOutcome.PossiblyNotDelivered, outcome);
        Assert.Equal(0, prepared);
        Assert.Equal(0, sender.Calls);
        Assert.Equal(MailAttemptState.Sending, attempts.States[MessageId]);
    }

    [Fact]
    public async Task An_attempt_recorded_concurrently_after_the_check_is_not_sent_twice()
    {
        attempts.RecordConcurrentlyOnGet = true;

        var outcome = await sender.SendOnceAsync(MessageId, attempts, Prepare, CancellationToken.None);

        Assert.Equal(MailSendOutcome.PossiblyNotDelivered, outcome);
        Assert.Equal(0, sender.Calls);
    }

    [Fact]
    public async Task Other_message_ids_are_sent_independently()
    {
        await sender.SendOnceAsync(MessageId, attempts, Prepare, CancellationToken.None);

        Assert.Equal(MailSendOutcome.Sent, await sender.SendOnceAsync($"{MessageId}.reminder", attempts, Prepare, CancellationToken.None));
        Assert.Equal(2, sender.Calls);
    }

    [Fact]
    public async Task A_refusal_by_the_provider_forgets_the_attempt_so_a_retry_sends()
    {
        sender.Failure = new MailDeliveryException("400 Bad Request");

        await Assert.ThrowsAsync<MailDeliveryException>(() => sender.SendOnceAsync(MessageId, attempts, Prepare, CancellationToken.None));
        Assert.False(attempts.States.ContainsKey(MessageId));

        sender.Failure = null;
        Assert.Equal(MailSendOutcome.Sent, await sender.SendOnceAsync(MessageId, attempts, Prepare, CancellationToken.None));
    }

    [Fact]
    public async Task A_provider_unavailable_after_its_retries_is_a_definite_failure_too()
    {
        sender.Failure = new HttpRequestException("SendGrid is unavailable (503)", null, HttpStatusCode.ServiceUnavailable);

        await Assert.ThrowsAsync<HttpRequestException>(() => sender.SendOnceAsync(MessageId, attempts, Prepare, CancellationToken.None));

        Assert.False(attempts.States.ContainsKey(MessageId));
    }

    [Fact]
    public async Task A_failure_without_an_answer_leaves_the_attempt_ambiguous()
    {
        sender.Failure = new TaskCanceledException("The request timed out.");

        await Assert.ThrowsAsync<TaskCanceledException>(() => sender.SendOnceAsync(MessageId, attempts, Prepare, CancellationToken.None));
        sender.Failure = null;

        Assert.Equal(MailSendOutcome.PossiblyNotDelivered, await sender.SendOnceAsync(MessageId, attempts, Prepare, CancellationToken.None));
        Assert.Equal(1, sender.Calls);
    }

    private Task<MailMessage> Prepare(CancellationToken cancellationToken)
    {
        prepared++;
        return Task.FromResult(new MailMessage(
            MailKind.ManagerRequest, new MailAddress("manager@school.example", "Manager"), "Onderwerp", "<p>Tekst</p>", "Tekst", new Dictionary<string, string>()));
    }

    private sealed class FakeAttemptLog : IMailAttemptLog
    {
        public Dictionary<string, MailAttemptState> States { get; } = [];

        public bool RecordConcurrentlyOnGet { get; set; }

        public Task<MailAttemptState> GetAsync(string messageId, CancellationToken cancellationToken)
        {
            var state = States.GetValueOrDefault(messageId);
            if (RecordConcurrentlyOnGet)
            {
                States[messageId] = MailAttemptState.Sending;
            }

            return Task.FromResult(state);
        }

        public Task<bool> TryRecordSendingAsync(string messageId, CancellationToken cancellationToken) =>
            Task.FromResult(States.TryAdd(messageId, MailAttemptState.Sending));

        public Task RecordSentAsync(string messageId, CancellationToken cancellationToken)
        {
            States[messageId] = MailAttemptState.Sent;
            return Task.CompletedTask;
        }

        public Task ForgetAsync(string messageId, CancellationToken cancellationToken)
        {
            States.Remove(messageId);
            return Task.CompletedTask;
        }
    }

    private sealed class CountingSender(FakeAttemptLog log) : IMailSender
    {
        public int Calls { get; private set; }

        public Exception? Failure { get; set; }

        public MailAttemptState? StateSeenWhileSending { get; private set; }

        public Task SendAsync(MailMessage message, CancellationToken cancellationToken)
        {
            Calls++;
            StateSeenWhileSending = log.States.GetValueOrDefault(MessageId);
            return Failure is null ? Task.CompletedTask : Task.FromException(Failure);
        }
    }
}
