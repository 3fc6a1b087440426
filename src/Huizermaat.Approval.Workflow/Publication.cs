using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Workflow.Activities;
using Microsoft.DurableTask;

namespace Huizermaat.Approval.Workflow;

/// <summary>Publishing an approved revision, for the approval (<see cref="ApprovalOrchestrator"/>) and an operator's retry (<see cref="RepublishOrchestrator"/>).</summary>
internal static class Publication
{
    /// <summary>
    /// <see cref="PublishChannel"/> on every channel at once, each retried <paramref name="attempts"/> times (waiting
    /// <paramref name="firstRetry"/>, doubling); a channel that still fails is flagged (<see cref="RecordChannelFailure"/>).
    /// </summary>
    /// <returns><see cref="ApprovalStages.Published"/> with the posts' addresses, or <see cref="ApprovalStages.PublishFailed"/> with each failed channel's error.</returns>
    public static async Task<ApprovalResult> PublishAsync(
        this TaskOrchestrationContext context, string draftId, int revision, IReadOnlyList<Channel> channels, int attempts, TimeSpan firstRetry)
    {
        var retry = TaskOptions.FromRetryPolicy(new RetryPolicy(maxNumberOfAttempts: Math.Max(1, attempts), firstRetryInterval: firstRetry, backoffCoefficient: 2));

        async Task<ChannelOutcome> PublishOne(Channel channel)
        {
            try
            {
                return await context.PublishChannelAsync(draftId, revision, channel, retry);
            }
            catch (TaskFailedException e)
            {
                var error = e.FailureDetails.ErrorMessage;
                await context.RecordChannelFailureAsync(draftId, revision, channel, error);
                return new ChannelOutcome(channel, null, error);
            }
        }

        var outcomes = await Task.WhenAll(channels.Select(PublishOne));
        var failed = outcomes.Where(o => !o.Published).ToList();
        return failed.Count == 0
            ? new ApprovalResult(ApprovalStages.Published, revision, string.Join(" ", outcomes.Select(o => o.Url)))
            : new ApprovalResult(ApprovalStages.PublishFailed, revision, string.Join("; ", failed.Select(f => $"{f.Channel.ToName()}: {f.Error}")));
    }
}
