using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Hosting.Startup;

/// <summary>
/// Refuses to start a host outside Development while <see cref="ProductionSettings.Problems"/> finds any, with one
/// message naming every problem. Runs with the options validation at start (before any hosted service), in both hosts.
/// </summary>
public sealed class ProductionSettingsValidation(IConfiguration configuration, IHostEnvironment environment) : IValidateOptions<ProductionSettingsCheck>
{
    public ValidateOptionsResult Validate(string? name, ProductionSettingsCheck options)
    {
        if (environment.IsDevelopment())
        {
            return ValidateOptionsResult.Success;
        }

        var problems = ProductionSettings.Problems(configuration);
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"The app cannot start in {environment.EnvironmentName}: {problems.Count} setting(s) missing or unsafe: " +
                string.Join("; ", problems.Select((problem, i) => $"({i + 1}) {problem}")) + ".");
    }
}
