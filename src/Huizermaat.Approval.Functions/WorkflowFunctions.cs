using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Activities;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Huizermaat.Approval.Functions;

/// <summary>
/// The approval workflow's orchestrator and activities (the set <see cref="ApprovalWorkflow"/> names), each a
/// one-line wrapper, as the Durable source generator would write them (it is not served here).
/// </summary>
public static class WorkflowFunctions
{
    [Function(nameof(ApprovalOrchestrator))]
    public static Task<ApprovalResult> ApprovalOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        DurableTasks.Orchestrate<ApprovalOrchestrator, ApprovalInput, ApprovalResult>(context);

    [Function(nameof(TakedownOrchestrator))]
    public static Task<ApprovalResult> TakedownOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        DurableTasks.Orchestrate<TakedownOrchestrator, TakedownInput, ApprovalResult>(context);

    [Function(nameof(RepublishOrchestrator))]
    public static Task<ApprovalResult> RepublishOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        DurableTasks.Orchestrate<RepublishOrchestrator, RepublishInput, ApprovalResult>(context);

    [Function(nameof(CheckRevision))]
    public static Task<CheckedRevision> CheckRevision([ActivityTrigger] RevisionRef input, string instanceId, FunctionContext function) =>
        DurableTasks.Run<CheckRevision, RevisionRef, CheckedRevision>(input, instanceId, function);

    [Function(nameof(RecordStage))]
    public static Task<bool> RecordStage([ActivityTrigger] StageChange input, string instanceId, FunctionContext function) =>
        DurableTasks.Run<RecordStage, StageChange, bool>(input, instanceId, function);

    [Function(nameof(RequestDecision))]
    public static Task<bool> RequestDecision([ActivityTrigger] DecisionRequest input, string instanceId, FunctionContext function) =>
        DurableTasks.Run<RequestDecision, DecisionRequest, bool>(input, instanceId, function);

    [Function(nameof(RecordDecision))]
    public static Task<bool> RecordDecision([ActivityTrigger] DecisionRecord input, string instanceId, FunctionContext function) =>
        DurableTasks.Run<RecordDecision, DecisionRecord, bool>(input, instanceId, function);

    [Function(nameof(CloseRequests))]
    public static Task<int> CloseRequests([ActivityTrigger] RequestClosure input, string instanceId, FunctionContext function) =>
        DurableTasks.Run<CloseRequests, RequestClosure, int>(input, instanceId, function);

    [Function(nameof(NotifyAuthor))]
    public static Task<bool> NotifyAuthor([ActivityTrigger] AuthorNotice input, string instanceId, FunctionContext function) =>
        DurableTasks.Run<NotifyAuthor, AuthorNotice, bool>(input, instanceId, function);

    [Function(nameof(PublishChannel))]
    public static Task<ChannelOutcome> PublishChannel([ActivityTrigger] ChannelPublication input, string instanceId, FunctionContext function) =>
        DurableTasks.Run<PublishChannel, ChannelPublication, ChannelOutcome>(input, instanceId, function);

    [Function(nameof(TakeDownChannel))]
    public static Task<bool> TakeDownChannel([ActivityTrigger] ChannelPublication input, string instanceId, FunctionContext function) =>
        DurableTasks.Run<TakeDownChannel, ChannelPublication, bool>(input, instanceId, function);

    [Function(nameof(ReadPublishingPause))]
    public static Task<PublishingPause> ReadPublishingPause([ActivityTrigger] string input, string instanceId, FunctionContext function) =>
        DurableTasks.Run<ReadPublishingPause, string, PublishingPause>(input, instanceId, function);

    [Function(nameof(RecordChannelFailure))]
    public static Task<bool> RecordChannelFailure([ActivityTrigger] ChannelFailure input, string instanceId, FunctionContext function) =>
        DurableTasks.Run<RecordChannelFailure, ChannelFailure, bool>(input, instanceId, function);
}
