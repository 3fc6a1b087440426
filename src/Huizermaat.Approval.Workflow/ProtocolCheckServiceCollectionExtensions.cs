using Huizermaat.Approval.Checks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Workflow;

public static class ProtocolCheckServiceCollectionExtensions
{
    /// <summary>
    /// The protocol checker every host uses: all the protocol's checks (<see cref="ProtocolChecks.All"/>) with the
    /// embedded word lists and <see cref="ProtocolCheckOptions"/> from the <c>ProtocolChecks</c> section, plus any
    /// further <see cref="IProtocolCheck"/> a host registers. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddProtocolChecks(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ProtocolCheckOptions>().Bind(configuration.GetSection(ProtocolCheckOptions.SectionName));
        services.TryAddSingleton(_ => ProtocolLexicon.LoadEmbedded());
        services.TryAddSingleton(provider => ProtocolChecks.CreateChecker(
            provider.GetRequiredService<IOptions<ProtocolCheckOptions>>().Value,
            provider.GetRequiredService<ProtocolLexicon>(),
            provider.GetServices<IProtocolCheck>()));
        return services;
    }
}
