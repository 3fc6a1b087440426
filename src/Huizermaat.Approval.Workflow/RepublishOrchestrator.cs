using Huizermaat.Approval.Workflow.Activities;
using Microsoft.DurableTask;

namespace Huizermaat.Approval.Workflow;

/// <summary>
/// An operator's "opnieuw proberen" for a draft in <see cref="ApprovalStages.PublishFailed"/>: publishes the
/// approved revision again on the channels that failed (<see cref="Publication.PublishAsync"/>, as the approval does:
/// the same <see cref="PublishChannel"/> activity, so a post an earlier ambiguous attempt did create is found, not
/// duplicated), then records <c>published</c> or <c>publish-failed</c> with the operator as actor. The approvals are
/// not asked again: they stand for this revision. While publishing is paused (<see cref="PublishingHold"/>) it waits.
/// </summary>
public sealed class RepublishOrchestrator : TaskOrchestrator<RepublishInput, ApprovalResult>
{
    private const int MaxWakes = 1_000;

    public static string InstanceId(string draftId, int attempt) => InstanceIdPrefix(draftId) + attempt;

    public static string InstanceIdPrefix(string draftId) => $"{draftId}.republish.";

    public override async Task<ApprovalResult> RunAsync(TaskOrchestrationContext context, RepublishInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        // Nothing ends a retry but its outcome: while publishing is paused it waits for the pause to be lifted.
        var inbox = new ApprovalInbox(context, MaxWakes);
        await context.WhilePausedAsync(inbox, input.DraftId, input.Revision, MaxWakes, _ => null, _ => { });
        var result = await context.PublishAsync(input.DraftId, input.Revision, input.Channels, input.PublishAttempts, input.FirstRetry);
        await context.RecordStageAsync(input.DraftId, input.Revision, result.Stage, input.ActorId, result.Detail);
        return result;
    }
}
