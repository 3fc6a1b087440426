using Grpc.Net.Client;
using Huizermaat.Approval.Integrations.Media;
using Huizermaat.Approval.Mail;
using Huizermaat.Approval.Testing;
using Huizermaat.Approval.Workflow.Development;
using Huizermaat.Approval.Workflow.Events;
using Huizermaat.Approval.Workflow.Storage;
using Huizermaat.Approval.Workflow.Tests.Orchestration;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Huizermaat.Approval.Workflow.Tests.LocalHost;

/// <summary>
/// The local host on Azure Storage (Azurite) as a child process, killed without warning while an activity is talking
/// to the outside world, then replaced by a new host on the same task hub: the instance still ends correctly, with
/// nothing sent twice.
/// </summary>
public sealed class HostKilledMidActivityTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>
{
    /// <summary>How long a call may take to reach a fake from a host that is still starting.</summary>
    private static readonly TimeSpan NetworkPatience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_host_killed_while_SendGrid_holds_the_managers_mail_ends_published_with_one_mail_per_message_id_and_the_link_working()
    {
        using var sendGrid = new SendGridFake(hold: mail => mail.Kind == nameof(MailKind.ManagerRequest));
        var settings = Settings(LocalHostRunner.NewHubName(), sendGrid.Settings);
        var draft = WorkflowPeople.Draft();
        await SeedAsync();

        SendGridFake.SentMail held;
        await using (var first = LocalHostProcess.Start(settings, output))
        {
            await using var client = TestProcessServices(await first.SidecarAsync());
            await WorkflowHost.On(client).Approvals.SubmitAsync(draft, CancellationToken.None);
            held = await sendGrid.HeldAsync(NetworkPatience);
            await first.KillAsync();
            output.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} killed the first host with the {held.Kind} mail in flight");
        }

        await using var second = LocalHostProcess.Start(settings, output);
        await using var services = TestProcessServices(await second.SidecarAsync());
        var workflow = WorkflowHost.On(services);
        await workflow.WaitForStageAsync(draft.DraftId, ApprovalStages.AwaitingApprovals, "manager");
        output.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} the second host finished the interrupted activity");
        var link = await workflow.Get<ApprovalStore>().FindLinkAsync(ApprovalTokens.Hash(held.LinkToken!), CancellationToken.None);
        Assert.NotNull(link);
        Assert.Equal(EventDelivery.Delivered, await workflow.Approvals.DecideAsync(
            draft.DraftId, new DecisionEvent(Guid.NewGuid().ToString("N"), link.StepId, link.HolderId, true, link.ContentHash, null), CancellationToken.None));
        var end = await workflow.WaitForEndAsync(draft.DraftId);

        Assert.Equal(ApprovalStages.Published, end.ReadOutputAs<ApprovalResult>()!.Stage);
        var mails = sendGrid.Mails.Where(m => m.CustomArgs[MailArgs.DraftId] == draft.DraftId).ToList();
        Assert.All(mails.GroupBy(m => m.MessageId), group => Assert.Single(group));
        Assert.Equal([nameof(MailKind.ManagerRequest), nameof(MailKind.Publication)], mails.Select(m => m.Kind));
        Assert.Equal(WorkflowPeople.Manager.Email, held.To);
        var unconfirmed = Assert.Single(await workflow.Get<AuditLog>().ListAsync(draft.DraftId, CancellationToken.None), e => e.Action == WorkflowMail.PossiblyNotDeliveredAction);
        Assert.Contains(held.MessageId, unconfirmed.Detail, StringComparison.Ordinal);
    }

    /// <param name="postListed">
    /// Whether the post of the interrupted call shows in the account's statuses: then the retry finds it; otherwise
    /// it posts again with the same <c>Idempotency-Key</c> and Mastodon answers with the post it made.
    /// </param>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_host_killed_while_Mastodon_holds_the_post_ends_published_with_one_post(bool postListed)
    {
        using var mastodon = new MastodonFake(listsHeldStatus: postListed);
        var settings = Settings(LocalHostRunner.NewHubName(), mastodon.Settings);
        var draft = WorkflowPeople.Draft();
        await SeedAsync();

        string? heldKey;
        await using (var first = LocalHostProcess.Start(settings, output))
        {
            await using var client = TestProcessServices(await first.SidecarAsync());
            var workflow = WorkflowHost.On(client);
            await workflow.Approvals.SubmitAsync(draft, CancellationToken.None);
            await workflow.AnswerAsync(draft.DraftId, WorkflowPeople.Manager.Email!, approve: true);
            heldKey = await mastodon.HeldAsync(NetworkPatience);
            await first.KillAsync();
            output.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} killed the first host with the Mastodon post in flight");
        }

        await using var second = LocalHostProcess.Start(settings, output);
        await using var services = TestProcessServices(await second.SidecarAsync());
        var end = await WorkflowHost.On(services).WaitForEndAsync(draft.DraftId);

        Assert.Equal(ApprovalStages.Published, end.ReadOutputAs<ApprovalResult>()!.Stage);
        var status = Assert.Single(mastodon.Statuses);
        Assert.NotNull(heldKey);
        Assert.All(mastodon.PostedKeys, key => Assert.Equal(heldKey, key));
        Assert.Equal(postListed ? 1 : 2, mastodon.PostedKeys.Count);
        var channel = Assert.Single(await services.GetRequiredService<ChannelStore>().ListAsync(draft.DraftId, CancellationToken.None), c => c.Channel == "mastodon");
        Assert.Equal((ChannelStore.Published, status.Id), (channel.State, channel.PostId));
    }

    private async Task SeedAsync()
    {
        await using var seeding = TestProcessServices(sidecar: null);
        await seeding.GetRequiredService<WorkflowStorage>().EnsureCreatedAsync(CancellationToken.None);
        await WorkflowHost.On(seeding).SeedAsync();
    }

    /// <summary>The configuration both hosts share: the test's Azurite, task hub and fakes, and short queue timings.</summary>
    private Dictionary<string, string> Settings(string hub, IReadOnlyDictionary<string, string> fakes)
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Storage"] = azurite.ConnectionString,
            ["DurableTask:HubName"] = hub,
            ["DurableTask:StorageProvider:PartitionCount"] = "1",
            ["DurableTask:StorageProvider:MaxQueuePollingInterval"] = "00:00:01",

            // The activity a killed host was running is handed out again after this time.
            ["DurableTask:StorageProvider:WorkItemQueueVisibilityTimeout"] = "00:00:10",
            ["Approval:QuietHoursStart"] = "00:00",
            ["Approval:QuietHoursEnd"] = "00:00",
        };
        foreach (var (key, value) in fakes)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>
    /// The read model, media store and (given the child host's sidecar) a Durable Task client in the test process, on
    /// the same storage as the host: to seed the roster before the host starts and to submit through it.
    /// </summary>
    private ServiceProvider TestProcessServices(Uri? sidecar)
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWorkflowStorage(azurite.ConnectionString);
        services.AddApprovalWorkflowServices(configuration);
        services.AddMediaPipeline(configuration);
        services.AddDevelopmentSinks();
        if (sidecar is not null)
        {
            services.AddDurableTaskClient(client => client.UseGrpc(GrpcChannel.ForAddress(sidecar)));
        }

        return services.BuildServiceProvider();
    }
}
