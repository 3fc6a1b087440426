using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Workflow.Activities;
using Microsoft.DurableTask;

namespace Huizermaat.Approval.Workflow;

/// <summary>
/// Consent withdrawn after publication (A.5), or the author taking their post down: one activity per channel deletes
/// the post (with retries), then the draft is recorded as taken down, with who did it and why, and the author is told
/// (and, when the author took it down, their manager). Instance id: <see cref="InstanceId"/>, so that a second
/// withdrawal does not start a second takedown.
/// </summary>
public sealed class TakedownOrchestrator : TaskOrchestrator<TakedownInput, ApprovalResult>
{
    public static string InstanceId(string draftId) => $"{draftId}.takedown";

    public override async Task<ApprovalResult> RunAsync(TaskOrchestrationContext context, TakedownInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var retry = TaskOptions.FromRetryPolicy(new RetryPolicy(maxNumberOfAttempts: 5, firstRetryInterval: TimeSpan.FromSeconds(10), backoffCoefficient: 2));

        async Task<string?> TakeDown(Channel channel)
        {
            try
            {
                await context.TakeDownChannelAsync(input.DraftId, input.Revision, channel, retry);
                return null;
            }
            catch (TaskFailedException e)
            {
                return $"{channel.ToName()}: {e.FailureDetails.ErrorMessage}";
            }
        }

        var failures = (await Task.WhenAll(input.Channels.Select(TakeDown))).OfType<string>().ToList();
        var stage = failures.Count == 0 ? ApprovalStages.TakenDown : ApprovalStages.PublishFailed;
        IReadOnlyList<string> people = input.PersonId is { } personId ? [personId] : [];
        var detail = (input.ByAuthor ? $"Taken down by its author {input.ActorId}: {input.Reason}" : $"Consent for {input.PersonId} withdrawn by {input.ActorId}: {input.Reason}") +
            (failures.Count == 0 ? string.Empty : $". Not taken down: {string.Join("; ", failures)}");
        await context.RecordStageAsync(input.DraftId, input.Revision, stage, input.ActorId, detail, comment: input.Reason, personIds: people);
        await context.NotifyAuthorAsync(new AuthorNotice(
            input.DraftId, input.Revision, input.AuthorId, stage, detail, input.ActorId, people, input.Reason, Takedown: true));
        return new ApprovalResult(stage, input.Revision, detail);
    }
}
