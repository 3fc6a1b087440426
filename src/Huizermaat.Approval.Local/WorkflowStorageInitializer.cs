using Huizermaat.Approval.Workflow.Storage;

namespace Huizermaat.Approval.Local;

/// <summary>Creates the read model's tables and container before the worker runs any activity.</summary>
public sealed class WorkflowStorageInitializer(WorkflowStorage storage) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => storage.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
