using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Checks;
using Huizermaat.Approval.Integrations.Media;
using Huizermaat.Approval.Media;
using Huizermaat.Approval.Testing;
using Huizermaat.Approval.Workflow.Development;
using Huizermaat.Approval.Workflow.Events;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Huizermaat.Approval.Workflow.Tests.Orchestration;

/// <summary>
/// The approval workflow on the in-process Durable test host (real replay, real timers), with its read model,
/// mailbox and publishing sinks on a private Azurite. Acts as the web handlers would: reads links from the mailbox,
/// raises events through <see cref="ApprovalClient"/>.
/// </summary>
internal sealed class WorkflowHost : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly IServiceProvider services;
    private readonly Func<ValueTask> dispose;

    /// <summary>The defaults, without quiet hours (so that a test run at night is not deferred until morning).</summary>
    public static ApprovalOptions Options { get; } = new() { QuietHoursStart = TimeOnly.MinValue, QuietHoursEnd = TimeOnly.MinValue };

    private WorkflowHost(IServiceProvider services, Func<ValueTask> dispose)
    {
        this.services = services;
        this.dispose = dispose;
    }

    public DurableTaskClient Client => Get<DurableTaskClient>();

    /// <summary>The client as a request would get it (it is per request: the Functions app binds one per invocation).</summary>
    public ApprovalClient Approvals => ActivatorUtilities.CreateInstance<ApprovalClient>(services);

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <summary>Drives a running local host (its lifetime stays with the caller).</summary>
    public static WorkflowHost On(IServiceProvider services) => new(services, () => ValueTask.CompletedTask);

    /// <param name="services">
    /// Further services; on the in-memory backend they are added last, so a test's publisher replaces the development
    /// sink for its channel. The local host adds its own sinks after them, so it takes none.
    /// </param>
    public static async Task<WorkflowHost> StartAsync(
        AzuriteFixture azurite, Backend backend = Backend.InMemory, ApprovalOptions? options = null, Action<IServiceCollection>? services = null)
    {
        options ??= Options;
        if (backend == Backend.AzureStorage)
        {
            ArgumentOutOfRangeException.ThrowIfNotEqual(services is null, true, nameof(services));
            return await StartLocalHostAsync(azurite, options);
        }

        var host = await DurableTaskTestHost.StartAsync(
            tasks => tasks.AddApprovalWorkflow(),
            new DurableTaskTestHostOptions
            {
                // The test host draws a random port without checking it; ask the system for a free one instead.
                Port = FreePort(),
                LoggerFactory = Environment.GetEnvironmentVariable("WORKFLOW_TEST_LOGS") is { Length: > 0 }
                    ? Microsoft.Extensions.Logging.LoggerFactory.Create(logging => logging.AddConsole().SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Information))
                    : null,
                ConfigureServices = collection =>
                {
                    var configuration = new ConfigurationBuilder().Build();
                    collection.AddLogging();
                    collection.AddWorkflowStorage(azurite.ConnectionString);
                    collection.AddSingleton<IProtocolCheck, BlockingWordCheck>();
                    collection.AddApprovalWorkflowServices(configuration);
                    collection.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
                    collection.AddDevelopmentSinks();
                    collection.AddMediaPipeline(configuration);

                    // Last: a test's publisher replaces the development sink for its channel (the registry takes the last).
                    services?.Invoke(collection);
                },
            });
        var workflow = new WorkflowHost(host.Services, host.DisposeAsync);
        await workflow.Get<WorkflowStorage>().EnsureCreatedAsync(CancellationToken.None);
        await workflow.SeedAsync();
        return workflow;
    }

    /// <summary>The real local host on a fresh task hub, with <paramref name="options"/> and the test's blocking check.</summary>
    private static async Task<WorkflowHost> StartLocalHostAsync(AzuriteFixture azurite, ApprovalOptions options)
    {
        var app = await LocalHost.LocalHostRunner.StartAsync(azurite, LocalHost.LocalHostRunner.NewHubName(), services: collection =>
        {
            collection.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
            collection.AddSingleton<IProtocolCheck, BlockingWordCheck>();
        });
        var workflow = new WorkflowHost(app.Services, async () =>
        {
            await app.StopAsync();
            await app.DisposeAsync();
        });
        await workflow.SeedAsync();
        return workflow;
    }

    /// <summary>Stores the test roster and the test drafts' photo (as the upload would have).</summary>
    public async Task SeedAsync()
    {
        await Get<RosterStore>().SaveAsync(WorkflowPeople.Roster, CancellationToken.None);
        await TestPhoto.EnsureStoredAsync(Get<IMediaStore>());
    }

    public async Task<OrchestrationMetadata> WaitForEndAsync(string draftId)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await Client.WaitForInstanceCompletionAsync(draftId, getInputsAndOutputs: true, timeout.Token);
    }

    /// <summary>Waits until the instance reports <paramref name="stage"/> with no pending step other than <paramref name="pending"/>.</summary>
    public async Task<ApprovalStatus> WaitForStageAsync(string draftId, string stage, params string[] pending)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var instance = await Client.GetInstanceAsync(draftId, getInputsAndOutputs: true, CancellationToken.None);
            var status = instance?.ReadCustomStatusAs<ApprovalStatus>();
            if (status is not null && status.Stage == stage && (pending.Length == 0 || status.PendingStepIds.SequenceEqual(pending)))
            {
                return status;
            }

            if (instance is { IsCompleted: true })
            {
                throw new InvalidOperationException($"Instance ended as {instance.RuntimeStatus} ({instance.SerializedOutput}) before reaching {stage}.");
            }

            if (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"Instance {draftId} is {instance?.RuntimeStatus} with status {instance?.SerializedCustomStatus}, not {stage} [{string.Join(",", pending)}].");
            }

            await Task.Delay(100, CancellationToken.None);
        }
    }

    /// <summary>Waits until the instance satisfies <paramref name="condition"/> (a status saved at rest, say).</summary>
    public async Task WaitUntilAsync(string instanceId, Func<OrchestrationMetadata, bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, timeout.Token) is not { } instance || !condition(instance))
        {
            await Task.Delay(100, timeout.Token);
        }
    }

    public Task<IReadOnlyList<DevelopmentMail>> MailsAsync(string draftId) => Get<DevelopmentMailbox>().ListAsync(draftId, CancellationToken.None);

    /// <summary>The newest mail to <paramref name="email"/> for the draft, waiting for it to arrive.</summary>
    public async Task<DevelopmentMail> MailToAsync(string draftId, string email, string? kind = null)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var mail = (await MailsAsync(draftId)).LastOrDefault(m => m.To == email && (kind is null || m.Kind == kind));
            if (mail is not null)
            {
                return mail;
            }

            await Task.Delay(100, timeout.Token);
        }
    }

    /// <summary>Answers through the link of the newest mail to <paramref name="email"/>, as the approval page would.</summary>
    public async Task<EventDelivery> AnswerAsync(string draftId, string email, bool approve, string? comment = null, string? eventId = null)
    {
        var mail = await MailToAsync(draftId, email);
        var link = await LinkAsync(mail);
        return await Approvals.DecideAsync(
            draftId,
            new DecisionEvent(eventId ?? Guid.NewGuid().ToString("N"), link.StepId, link.HolderId, approve, link.ContentHash, comment),
            CancellationToken.None);
    }

    public async Task<ApprovalLink> LinkAsync(DevelopmentMail mail)
    {
        var url = Assert.Single(mail.Links);
        var token = url[(url.LastIndexOf('/') + 1)..];
        return await Get<ApprovalStore>().FindLinkAsync(ApprovalTokens.Hash(token), CancellationToken.None)
            ?? throw new InvalidOperationException($"No link stored for {url}.");
    }

    public ValueTask DisposeAsync() => dispose();

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
