using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace Huizermaat.Approval.Integrations.Tests.Publishing;

public sealed class PublisherRegistryTests : IDisposable
{
    private readonly PublisherHarness _fake = new();

    public void Dispose() => _fake.Dispose();

    [Fact]
    public void Only_networks_with_settings_are_configured()
    {
        using var services = _fake.Services(
            ("Publishing:Mastodon:InstanceUrl", "https://mastodon.example/"),
            ("Publishing:Mastodon:AccessToken", "t"),
            ("Publishing:Facebook:PageId", "123"));

        var registry = services.GetRequiredService<PublisherRegistry>();

        Assert.Equal([Channel.Mastodon], registry.ConfiguredChannels);
        Assert.Equal(Channel.Mastodon, registry.Get(Channel.Mastodon).Channel);
    }

    [Fact]
    public void A_draft_for_unconfigured_networks_is_refused_naming_them()
    {
        using var services = _fake.Services(("Publishing:Mastodon:InstanceUrl", "https://mastodon.example/"), ("Publishing:Mastodon:AccessToken", "t"));
        var registry = services.GetRequiredService<PublisherRegistry>();

        var error = Assert.Throws<ChannelNotConfiguredException>(() => registry.EnsureConfigured([Channel.Mastodon, Channel.Instagram, Channel.X]));

        Assert.Equal([Channel.Instagram, Channel.X], error.Channels);
        Assert.Contains("instagram, x", error.Message, StringComparison.Ordinal);
        Assert.Equal("De kanalen instagram, x zijn niet ingesteld voor het schoolaccount. Kies andere kanalen of vraag de beheerders ze in te stellen.", error.DutchMessage);
        registry.EnsureConfigured([Channel.Mastodon]);
    }

    [Fact]
    public void Every_network_is_available_when_all_are_configured()
    {
        using var services = _fake.Services(
            ("Publishing:Mastodon:InstanceUrl", "https://mastodon.example/"), ("Publishing:Mastodon:AccessToken", "t"),
            ("Publishing:Facebook:PageId", "1"), ("Publishing:Facebook:AccessToken", "t"),
            ("Publishing:Instagram:UserId", "2"), ("Publishing:Instagram:AccessToken", "t"),
            ("Publishing:LinkedIn:OrganizationId", "3"), ("Publishing:LinkedIn:AccessToken", "t"),
            ("Publishing:X:ConsumerKey", "k"), ("Publishing:X:ConsumerSecret", "s"), ("Publishing:X:AccessToken", "t"), ("Publishing:X:AccessTokenSecret", "u"), ("Publishing:X:UserId", "9"));

        var registry = services.GetRequiredService<PublisherRegistry>();

        Assert.Equal(Enum.GetValues<Channel>().Order(), registry.ConfiguredChannels.Order());
    }
}
