using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Publishing;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.DurableTask;

namespace Huizermaat.Approval.Workflow.Activities;

/// <summary>Deletes a draft's post from one channel and records it (and in the audit trail); a channel already taken down is left alone.</summary>
public sealed class TakeDownChannel(ChannelStore channels, PublisherRegistry publishers, AuditLog audit, TimeProvider time) : TaskActivity<ChannelPublication, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, ChannelPublication input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var name = input.Channel.ToName();
        if (await channels.GetAsync(input.DraftId, name, CancellationToken.None) is not { State: ChannelStore.Published, PostId: { } postId } record)
        {
            return false;
        }

        if (!publishers.IsConfigured(input.Channel))
        {
            throw new InvalidOperationException($"No publisher is configured for {name}: the post {postId} must be removed by hand.");
        }

        await publishers.Get(input.Channel).DeleteAsync(new PublishedPost(input.Channel, postId, record.Url!), CancellationToken.None);
        var now = time.GetUtcNow();
        await channels.SaveAsync(record with { State = ChannelStore.TakenDown, At = now }, CancellationToken.None);
        await audit.AppendAsync(input.DraftId, ChannelAudit.Entry(ChannelAudit.TakenDownAction, context.InstanceId, input.Revision, input.Channel, now, url: record.Url), CancellationToken.None);
        return true;
    }
}
