using Huizermaat.Approval.Workflow.Activities;
using Microsoft.DurableTask;

namespace Huizermaat.Approval.Workflow;

/// <summary>
/// The set of orchestrators and activities of the approval workflow. Every host registers exactly this set
/// (<see cref="AddApprovalWorkflow"/>); the Functions app wraps exactly these names.
/// </summary>
public static class ApprovalWorkflow
{
    /// <summary>
    /// A draft has at most this many revisions: the bound keeps the history of one instance finite (past it the instance
    /// fails, visibly, for an operator), and the web refuses a revision past it.
    /// </summary>
    public const int MaxRevisions = 50;

    public static IReadOnlyList<string> OrchestratorNames { get; } = [nameof(ApprovalOrchestrator), nameof(TakedownOrchestrator), nameof(RepublishOrchestrator)];

    public static IReadOnlyList<string> ActivityNames { get; } =
    [
        nameof(CheckRevision),
        nameof(RecordStage),
        nameof(RequestDecision),
        nameof(RecordDecision),
        nameof(CloseRequests),
        nameof(NotifyAuthor),
        nameof(PublishChannel),
        nameof(RecordChannelFailure),
        nameof(TakeDownChannel),
        nameof(ReadPublishingPause),
    ];

    public static DurableTaskRegistry AddApprovalWorkflow(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.AddOrchestrator<ApprovalOrchestrator>();
        registry.AddOrchestrator<TakedownOrchestrator>();
        registry.AddOrchestrator<RepublishOrchestrator>();
        registry.AddActivity<CheckRevision>();
        registry.AddActivity<RecordStage>();
        registry.AddActivity<RequestDecision>();
        registry.AddActivity<RecordDecision>();
        registry.AddActivity<CloseRequests>();
        registry.AddActivity<NotifyAuthor>();
        registry.AddActivity<PublishChannel>();
        registry.AddActivity<RecordChannelFailure>();
        registry.AddActivity<TakeDownChannel>();
        registry.AddActivity<ReadPublishingPause>();
        return registry;
    }
}
