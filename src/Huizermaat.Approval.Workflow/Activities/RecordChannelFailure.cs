using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.DurableTask;

namespace Huizermaat.Approval.Workflow.Activities;

/// <summary>Flags a channel whose publication failed after every retry, for a person to look at.</summary>
public sealed class RecordChannelFailure(ChannelStore channels, TimeProvider time) : TaskActivity<ChannelFailure, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, ChannelFailure input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await channels.SaveAsync(
            new ChannelRecord(input.DraftId, input.Channel.ToName(), input.Revision, ChannelStore.Failed, null, null, input.Error, time.GetUtcNow()),
            CancellationToken.None);
        return true;
    }
}
