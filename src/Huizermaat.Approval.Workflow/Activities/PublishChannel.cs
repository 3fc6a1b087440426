using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Media;
using Huizermaat.Approval.Publishing;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.DurableTask;

namespace Huizermaat.Approval.Workflow.Activities;

/// <summary>
/// Publishes an approved revision on one channel. Never twice: a channel already recorded as published is returned as
/// it is, and <see cref="PublishOnce.PublishOnceAsync"/> records the attempt before the network is called, so that a
/// retry after an ambiguous failure looks for the post that attempt may have created before publishing again. The
/// media go with the content types the media store sniffed from their bytes. A transient failure is thrown, for the
/// orchestrator's retry policy; a permanent one is returned.
/// </summary>
public sealed class PublishChannel(
    SubmissionStore submissions,
    ChannelStore channels,
    PublisherRegistry publishers,
    IPublishAttemptLog attempts,
    IMediaStore media,
    AuditLog audit,
    TimeProvider time) : TaskActivity<ChannelPublication, ChannelOutcome>
{
    public override async Task<ChannelOutcome> RunAsync(TaskActivityContext context, ChannelPublication input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var name = input.Channel.ToName();
        if (await channels.GetAsync(input.DraftId, name, CancellationToken.None) is { State: ChannelStore.Published } done && done.Revision == input.Revision)
        {
            return new ChannelOutcome(input.Channel, done.Url);
        }

        if (!publishers.IsConfigured(input.Channel))
        {
            return await FailAsync(context, input, $"no publisher is configured for {name}");
        }

        var submission = await submissions.GetAsync(input.DraftId, input.Revision, CancellationToken.None);
        var references = new List<MediaReference>();
        foreach (var mediaId in submission.MediaIds)
        {
            var info = await media.GetInfoAsync(mediaId, CancellationToken.None);
            references.Add(new MediaReference(mediaId, info.Kind, info.ContentType));
        }

        var request = new PublishRequest(
            input.DraftId, input.Revision, input.Channel, submission.Draft.Text, references, $"{input.DraftId}.r{input.Revision}.{name}");
        PublishedPost post;
        try
        {
            post = await publishers.Get(input.Channel).PublishOnceAsync(request, attempts, CancellationToken.None);
        }
        catch (PublishException e) when (!e.IsTransient)
        {
            return await FailAsync(context, input, e.Message);
        }

        var now = time.GetUtcNow();
        await channels.SaveAsync(
            new ChannelRecord(input.DraftId, name, input.Revision, ChannelStore.Published, post.PostId, post.Url, null, now), CancellationToken.None);
        await audit.AppendAsync(input.DraftId, ChannelAudit.Entry(ChannelAudit.PublishedAction, context.InstanceId, input.Revision, input.Channel, now, url: post.Url), CancellationToken.None);
        return new ChannelOutcome(input.Channel, post.Url);
    }

    private async Task<ChannelOutcome> FailAsync(TaskActivityContext context, ChannelPublication input, string error)
    {
        var now = time.GetUtcNow();
        await channels.SaveAsync(
            new ChannelRecord(input.DraftId, input.Channel.ToName(), input.Revision, ChannelStore.Failed, null, null, error, now), CancellationToken.None);
        await audit.AppendAsync(input.DraftId, ChannelAudit.Entry(ChannelAudit.FailedAction, context.InstanceId, input.Revision, input.Channel, now, error: error), CancellationToken.None);
        return new ChannelOutcome(input.Channel, null, error);
    }
}
