namespace Huizermaat.Approval.Workflow.Tests.Orchestration;

/// <summary>Where a <see cref="WorkflowHost"/> runs the workflow.</summary>
public enum Backend
{
    /// <summary>The in-process Durable test host: in-memory history, fast.</summary>
    InMemory,

    /// <summary>The real local host: the Durable sidecar over the Azure Storage backend on Azurite, as in production.</summary>
    AzureStorage,
}
