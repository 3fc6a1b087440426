using Huizermaat.Approval.Workflow.Storage;
using Microsoft.DurableTask;

namespace Huizermaat.Approval.Workflow.Activities;

/// <summary>Reads the emergency stop (<see cref="PublishingPauseStore"/>) for an orchestration about to publish (input: the draft id).</summary>
public sealed class ReadPublishingPause(PublishingPauseStore pause) : TaskActivity<string, PublishingPause>
{
    public override Task<PublishingPause> RunAsync(TaskActivityContext context, string input) => pause.GetAsync(CancellationToken.None);
}
