using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.DurableTask;

namespace Huizermaat.Approval.Workflow.Activities;

/// <summary>The workflow's activities as typed calls for orchestrator code: <c>context.RecordStageAsync(...)</c>.</summary>
internal static class ActivityCalls
{
    public static Task<CheckedRevision> CheckRevisionAsync(this TaskOrchestrationContext context, string draftId, int revision) =>
        context.CallActivityAsync<CheckedRevision>(nameof(CheckRevision), new RevisionRef(draftId, revision, new DateTimeOffset(context.CurrentUtcDateTime, TimeSpan.Zero)));

    /// <summary>Records <paramref name="stage"/> at the orchestration's time (deterministic, so a retry keeps one audit line).</summary>
    public static Task RecordStageAsync(
        this TaskOrchestrationContext context,
        string draftId,
        int revision,
        string stage,
        string actor,
        string? detail = null,
        IReadOnlyList<string>? pending = null,
        string? comment = null,
        IReadOnlyList<string>? personIds = null,
        IReadOnlyList<PlanProblem>? problems = null) =>
        context.CallActivityAsync<bool>(
            nameof(RecordStage),
            new StageChange(draftId, revision, stage, new DateTimeOffset(context.CurrentUtcDateTime, TimeSpan.Zero), pending ?? [], actor, detail, comment, personIds, problems));

    public static Task RequestDecisionAsync(this TaskOrchestrationContext context, DecisionRequest request) =>
        context.CallActivityAsync<bool>(nameof(RequestDecision), request);

    public static Task RecordDecisionAsync(this TaskOrchestrationContext context, string draftId, int revision, Decision decision, bool counted) =>
        context.CallActivityAsync<bool>(nameof(RecordDecision), new DecisionRecord(draftId, revision, decision, counted));

    /// <summary>Sets the draft's open requests of <paramref name="revision"/> and before (with <paramref name="includeAnswered"/> also its answers) to <paramref name="state"/>.</summary>
    public static Task CloseRequestsAsync(this TaskOrchestrationContext context, string draftId, int revision, string state, bool includeAnswered = false) =>
        context.CallActivityAsync<int>(nameof(CloseRequests), new RequestClosure(draftId, revision, state, includeAnswered));

    public static Task NotifyAuthorAsync(this TaskOrchestrationContext context, AuthorNotice notice) =>
        context.CallActivityAsync<bool>(nameof(NotifyAuthor), notice);

    public static Task<ChannelOutcome> PublishChannelAsync(this TaskOrchestrationContext context, string draftId, int revision, Channel channel, TaskOptions retry) =>
        context.CallActivityAsync<ChannelOutcome>(nameof(PublishChannel), new ChannelPublication(draftId, revision, channel), retry);

    public static Task RecordChannelFailureAsync(this TaskOrchestrationContext context, string draftId, int revision, Channel channel, string error) =>
        context.CallActivityAsync<bool>(nameof(RecordChannelFailure), new ChannelFailure(draftId, revision, channel, error));

    public static Task<PublishingPause> ReadPublishingPauseAsync(this TaskOrchestrationContext context, string draftId) =>
        context.CallActivityAsync<PublishingPause>(nameof(ReadPublishingPause), draftId);

    public static Task TakeDownChannelAsync(this TaskOrchestrationContext context, string draftId, int revision, Channel channel, TaskOptions retry) =>
        context.CallActivityAsync<bool>(nameof(TakeDownChannel), new ChannelPublication(draftId, revision, channel), retry);
}
