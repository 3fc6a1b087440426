using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Publishing;

namespace Huizermaat.Approval.Workflow.Tests.Orchestration;

/// <summary>
/// A network whose first answer is lost: the post is created (in <paramref name="network"/>), then the call fails as a
/// timeout would. Counts the publish calls.
/// </summary>
internal sealed class AmbiguousPublisher(IPublisher network) : IPublisher
{
    private int publishCalls;

    public Channel Channel => network.Channel;

    public int PublishCalls => Volatile.Read(ref publishCalls);

    public async Task<PublishedPost> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var post = await network.PublishAsync(request, cancellationToken);
        return Interlocked.Increment(ref publishCalls) == 1
            ? throw new PublishException($"{Channel} did not answer in time", isTransient: true)
            : post;
    }

    public Task<PublishedPost?> FindAsync(PublishRequest request, CancellationToken cancellationToken) => network.FindAsync(request, cancellationToken);

    public Task DeleteAsync(PublishedPost post, CancellationToken cancellationToken) => network.DeleteAsync(post, cancellationToken);
}
