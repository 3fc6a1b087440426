using Huizermaat.Approval.Workflow.Activities;
using Microsoft.DurableTask;

namespace Huizermaat.Approval.Workflow;

/// <summary>
/// The emergency stop in orchestrator code ("Alles pauzeren", <see cref="Storage.PublishingPauseStore"/>): before an
/// approved revision is published, the pause is read by an activity (<see cref="ReadPublishingPause"/>). While it is on,
/// the draft is recorded <see cref="ApprovalStages.Paused"/> (with who paused and why) and waits, still open to what
/// <c>interrupt</c> turns into an end (a revision, a withdrawal, a consent taken back). It reads the pause again when
/// a <see cref="Events.ApprovalEvents.Resume"/> event comes (lifting the pause raises one to every paused draft) and,
/// in case one was lost, every <see cref="Recheck"/>. Once lifted, the draft is recorded approved again (actor: who lifted
/// it) and publishing goes on: what is due is published, a scheduled post keeps its time.
/// </summary>
/// <remarks>
/// The pause is read once more after <c>paused</c> is recorded: an operator lifting it between the first read and that
/// record would not yet have found this draft paused and raised it no event. The wait is bounded like every other
/// (<see cref="ApprovalRun"/>): a pause of more than <c>maxWakes</c> × <see cref="Recheck"/> (1,000 hours, 41 days) fails the
/// instance, visibly, for an operator.
/// </remarks>
public static class PublishingHold
{
    /// <summary>How long a held draft waits for the Resume event before it reads the pause again anyway.</summary>
    public static readonly TimeSpan Recheck = TimeSpan.FromHours(1);

    public const string ResumedDetail = "publishing resumed after the emergency stop";

    /// <returns>Null once publishing may go on; otherwise what <paramref name="interrupt"/> made of a signal.</returns>
    internal static async Task<ApprovalInterruption?> WhilePausedAsync(
        this TaskOrchestrationContext context,
        ApprovalInbox inbox,
        string draftId,
        int revision,
        int maxWakes,
        Func<ApprovalSignal, ApprovalInterruption?> interrupt,
        Action<string> setStatus)
    {
        var pause = await context.ReadPublishingPauseAsync(draftId);
        if (!pause.Paused)
        {
            return null;
        }

        await context.RecordStageAsync(draftId, revision, ApprovalStages.Paused, pause.Actor ?? "system", pause.Reason);
        for (var wakes = 0; wakes < maxWakes; wakes++)
        {
            pause = await context.ReadPublishingPauseAsync(draftId);
            if (!pause.Paused)
            {
                await context.RecordStageAsync(draftId, revision, ApprovalStages.Approved, pause.Actor ?? "system", ResumedDetail);
                setStatus(ApprovalStages.Approved);
                return null;
            }

            setStatus(ApprovalStages.Paused);
            var signal = await inbox.NextAsync(new DateTimeOffset(context.CurrentUtcDateTime, TimeSpan.Zero) + Recheck);
            if (interrupt(signal) is { } interruption)
            {
                return interruption;
            }
        }

        throw new InvalidOperationException($"Draft {draftId} was held by the emergency stop for more than {maxWakes} wake-ups.");
    }
}
