using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Publishing;

namespace Huizermaat.Approval.Workflow.Tests.Orchestration;

/// <summary>A network that is always down (transiently): counts the attempts.</summary>
internal sealed class FailingPublisher(Channel channel) : IPublisher
{
    private int attempts;

    public Channel Channel => channel;

    public int Attempts => Volatile.Read(ref attempts);

    public Task<PublishedPost> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref attempts);
        throw new PublishException($"{channel} answered 503", isTransient: true);
    }

    public Task<PublishedPost?> FindAsync(PublishRequest request, CancellationToken cancellationToken) => Task.FromResult<PublishedPost?>(null);

    public Task DeleteAsync(PublishedPost post, CancellationToken cancellationToken) => Task.CompletedTask;
}
