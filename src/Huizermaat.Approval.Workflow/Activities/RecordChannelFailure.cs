using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.DurableTask;

namespace Huizermaat.Approval.Workflow.Activities;

/// <summary>Flags a channel whose publication failed after every retry, for a person to look at.</summary>
public sealed class RecordChannelFailure(ChannelStore channels, AuditLog audit, TimeProvider time) : TaskActivity<ChannelFailure, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, ChannelFailure input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var now = time.GetUtcNow();
        await channels.SaveAsync(
            new ChannelRecord(input.DraftId, input.Channel.ToName(), input.Revision, ChannelStore.Failed, null, null, input.Error, now),
            CancellationToken.None);
        await audit.AppendAsync(input.DraftId, ChannelAudit.Entry(ChannelAudit.FailedAction, context.InstanceId, input.Revision, input.Channel, now, error: input.Error), CancellationToken.None);
        return true;
    }
}
