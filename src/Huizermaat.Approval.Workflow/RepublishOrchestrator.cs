using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Workflow.Activities;
using Microsoft.DurableTask;

namespace Huizermaat.Approval.Workflow;

/// <summary>
/// An operator's "opnieuw proberen" for a draft in <see cref="ApprovalStages.PublishFailed"/>: publishes the
/// approved revision again on the channels that failed (the same <see cref="PublishChannel"/> activity, so a post
/// an earlier ambiguous attempt did create is found, not duplicated), then records <c>published</c> or
/// <c>publish-failed</c> with the operator as actor. The approvals are not asked again: they stand for this revision.
/// </summary>
public sealed class RepublishOrchestrator : TaskOrchestrator<RepublishInput, ApprovalResult>
{
    public static string InstanceId(string draftId, int attempt) => $"{draftId}.republish.{attempt}";

    public override async Task<ApprovalResult> RunAsync(TaskOrchestrationContext context, RepublishInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var retry = TaskOptions.FromRetryPolicy(new RetryPolicy(
            maxNumberOfAttempts: Math.Max(1, input.PublishAttempts), firstRetryInterval: input.FirstRetry, backoffCoefficient: 2));

        async Task<ChannelOutcome> PublishOne(Channel channel)
        {
            try
            {
                return await context.CallActivityAsync<ChannelOutcome>(nameof(PublishChannel), new ChannelPublication(input.DraftId, input.Revision, channel), retry);
            }
            catch (TaskFailedException e)
            {
                var outcome = new ChannelOutcome(channel, null, e.FailureDetails.ErrorMessage);
                await context.CallActivityAsync<bool>(nameof(RecordChannelFailure), new ChannelFailure(input.DraftId, input.Revision, channel, e.FailureDetails.ErrorMessage));
                return outcome;
            }
        }

        var outcomes = await Task.WhenAll(input.Channels.Select(PublishOne));
        var failed = outcomes.Where(o => !o.Published).ToList();
        var stage = failed.Count == 0 ? ApprovalStages.Published : ApprovalStages.PublishFailed;
        var detail = failed.Count == 0
            ? string.Join(" ", outcomes.Select(o => o.Url))
            : string.Join("; ", failed.Select(f => $"{f.Channel.ToName()}: {f.Error}"));
        var at = new DateTimeOffset(context.CurrentUtcDateTime, TimeSpan.Zero);
        await context.CallActivityAsync<bool>(nameof(RecordStage), new StageChange(input.DraftId, input.Revision, stage, at, [], input.ActorId, detail));
        return new ApprovalResult(stage, input.Revision, detail);
    }
}
