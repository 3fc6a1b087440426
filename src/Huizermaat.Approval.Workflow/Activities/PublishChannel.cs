using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Publishing;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.DurableTask;

namespace Huizermaat.Approval.Workflow.Activities;

/// <summary>
/// Publishes an approved revision on one channel. Never twice: a channel already recorded as published is
/// returned as it is, and before publishing the network is asked whether an earlier, ambiguous attempt already
/// created the post (same idempotency key). A transient failure is thrown, for the orchestrator's retry policy;
/// a permanent one is returned.
/// </summary>
public sealed class PublishChannel(
    SubmissionStore submissions, ChannelStore channels, IEnumerable<IPublisher> publishers, TimeProvider time) : TaskActivity<ChannelPublication, ChannelOutcome>
{
    public override async Task<ChannelOutcome> RunAsync(TaskActivityContext context, ChannelPublication input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var name = input.Channel.ToName();
        if (await channels.GetAsync(input.DraftId, name, CancellationToken.None) is { State: ChannelStore.Published } done && done.Revision == input.Revision)
        {
            return new ChannelOutcome(input.Channel, done.Url);
        }

        var publisher = publishers.FirstOrDefault(p => p.Channel == input.Channel);
        if (publisher is null)
        {
            return await FailAsync(input, $"no publisher is configured for {name}");
        }

        var submission = await submissions.GetAsync(input.DraftId, input.Revision, CancellationToken.None);
        var request = new PublishRequest(
            input.DraftId,
            input.Revision,
            input.Channel,
            submission.Draft.Text,
            [.. submission.Draft.Media.Zip(submission.MediaIds, (item, id) => new MediaReference(id, item.Kind, ContentType(item.Kind)))],
            $"{input.DraftId}.r{input.Revision}.{name}");

        PublishedPost post;
        try
        {
            post = await publisher.FindAsync(request, CancellationToken.None) ?? await publisher.PublishAsync(request, CancellationToken.None);
        }
        catch (PublishException e) when (!e.IsTransient)
        {
            return await FailAsync(input, e.Message);
        }

        await channels.SaveAsync(
            new ChannelRecord(input.DraftId, name, input.Revision, ChannelStore.Published, post.PostId, post.Url, null, time.GetUtcNow()), CancellationToken.None);
        return new ChannelOutcome(input.Channel, post.Url);
    }

    private async Task<ChannelOutcome> FailAsync(ChannelPublication input, string error)
    {
        await channels.SaveAsync(
            new ChannelRecord(input.DraftId, input.Channel.ToName(), input.Revision, ChannelStore.Failed, null, null, error, time.GetUtcNow()), CancellationToken.None);
        return new ChannelOutcome(input.Channel, null, error);
    }

    private static string ContentType(MediaKind kind) => kind switch
    {
        MediaKind.Photo => "image/jpeg",
        MediaKind.Video => "video/mp4",
        MediaKind.Audio => "audio/mpeg",
        _ => "application/octet-stream",
    };
}
