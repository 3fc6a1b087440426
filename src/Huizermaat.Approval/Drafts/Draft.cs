namespace Huizermaat.Approval.Drafts;

/// <summary>What an author wants to publish: the input of every protocol check.</summary>
/// <param name="Capacity">Null when the author has not said (protocol B.2 then blocks).</param>
public sealed record Draft(
    string Text,
    Capacity? Capacity,
    IReadOnlyList<Channel> Channels,
    bool AcknowledgedPermanence,
    IReadOnlyList<MediaItem> Media)
{
    /// <summary>The blocking findings the author contests (see <see cref="Checks.Contests"/>).</summary>
    public IReadOnlyList<Contest> Contests { get; init; } = [];
}
