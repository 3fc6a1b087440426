using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Publishing;

/// <summary>A draft asks for networks the school's account has no credentials for (refused at submission).</summary>
public sealed class ChannelNotConfiguredException : Exception
{
    public ChannelNotConfiguredException()
    {
    }

    public ChannelNotConfiguredException(string message)
        : base(message)
    {
    }

    public ChannelNotConfiguredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ChannelNotConfiguredException(IReadOnlyList<Channel> channels)
        : base($"No publisher is configured for {string.Join(", ", channels.Select(c => c.ToName()))}: fill in its settings under Publishing (see docs/networks.md) or choose another channel.")
    {
        Channels = channels;
    }

    public IReadOnlyList<Channel> Channels { get; } = [];

    /// <summary>The same, for the submission page.</summary>
    public string DutchMessage => Channels.Count == 1
        ? $"Het kanaal {Channels[0].ToName()} is niet ingesteld voor het schoolaccount. Kies een ander kanaal of vraag de beheerders het in te stellen."
        : $"De kanalen {string.Join(", ", Channels.Select(c => c.ToName()))} zijn niet ingesteld voor het schoolaccount. Kies andere kanalen of vraag de beheerders ze in te stellen.";
}
