using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Publishing;

/// <summary>Port: publishes on one network through the school's official account, and takes posts down.</summary>
public interface IPublisher
{
    Channel Channel { get; }

    /// <exception cref="PublishException">The network refused or failed; <see cref="PublishException.IsTransient"/> says whether a retry may help.</exception>
    Task<PublishedPost> PublishAsync(PublishRequest request, CancellationToken cancellationToken);

    /// <summary>After an ambiguous failure: the post this request already created, if any.</summary>
    Task<PublishedPost?> FindAsync(PublishRequest request, CancellationToken cancellationToken);

    Task DeleteAsync(PublishedPost post, CancellationToken cancellationToken);
}
