using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Huizermaat.Approval.Workflow.Maintenance;

public static class MaintenanceServiceCollectionExtensions
{
    /// <summary>The daily maintenance jobs (<see cref="HistoryPurge"/>, <see cref="UnpublishedContentPurge"/>) and their options; the host schedules them.</summary>
    public static IServiceCollection AddMaintenance(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RetentionOptions>()
            .Bind(configuration.GetSection(RetentionOptions.SectionName))
            .Validate(o => o.DurableHistory >= TimeSpan.FromDays(1), "Retention:DurableHistory must be at least one day.")
            .Validate(o => o.UnpublishedContent >= TimeSpan.Zero, "Retention:UnpublishedContent must not be negative.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddTransient<HistoryPurge>();
        services.TryAddTransient<UnpublishedContentPurge>();
        return services;
    }
}
