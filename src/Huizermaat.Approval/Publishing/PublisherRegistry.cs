using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Publishing;

/// <summary>
/// The publishers the host registered, by channel: one per configured network (and, in Development, the sink for
/// the others). Submission asks it which of a draft's channels cannot be published, before any approval is asked.
/// </summary>
public sealed class PublisherRegistry
{
    private readonly Dictionary<Channel, IPublisher> _byChannel;

    public PublisherRegistry(IEnumerable<IPublisher> publishers)
    {
        ArgumentNullException.ThrowIfNull(publishers);
        _byChannel = [];
        foreach (var publisher in publishers)
        {
            // A later registration (a real network) replaces an earlier one (a development sink).
            _byChannel[publisher.Channel] = publisher;
        }
    }

    public IReadOnlyCollection<Channel> ConfiguredChannels => _byChannel.Keys;

    public bool IsConfigured(Channel channel) => _byChannel.ContainsKey(channel);

    /// <exception cref="ChannelNotConfiguredException">No publisher for <paramref name="channel"/>.</exception>
    public IPublisher Get(Channel channel) =>
        _byChannel.TryGetValue(channel, out var publisher) ? publisher : throw new ChannelNotConfiguredException([channel]);

    /// <summary>Refuses a draft whose channels are not all configured, naming those that are not.</summary>
    /// <exception cref="ChannelNotConfiguredException">Some of <paramref name="channels"/> have no publisher.</exception>
    public void EnsureConfigured(IEnumerable<Channel> channels)
    {
        var missing = channels.Distinct().Where(c => !IsConfigured(c)).ToList();
        if (missing.Count > 0)
        {
            throw new ChannelNotConfiguredException(missing);
        }
    }
}
