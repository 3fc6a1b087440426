using Huizermaat.Approval.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Functions.Tests.Rehearsal;

/// <summary>
/// The two hosts differ in transport alone: the Functions app's service collection has every startup task and
/// option validation the local host has (the local host adds only its Durable engine and the timers' stand-in).
/// </summary>
public sealed class HostCompositionTests(InfraFixture settings) : IClassFixture<InfraFixture>
{
    private static readonly string LocalAssembly = typeof(Local.LocalHost).Assembly.GetName().Name!;

    [Fact]
    public void Both_hosts_run_the_same_startup_tasks_first()
    {
        var functions = FunctionsServices();
        var local = LocalServices();

        Assert.Equal(StartupTasks(local), StartupTasks(functions));
        Assert.Equal(AppServiceCollectionExtensions.StartupTasks, StartupTasks(functions).Take(AppServiceCollectionExtensions.StartupTasks.Count));
    }

    [Fact]
    public void Both_hosts_validate_the_same_options_at_start()
    {
        var functions = Validated(FunctionsServices());
        var local = Validated(LocalServices()).Where(type => type.Assembly.GetName().Name != LocalAssembly);

        Assert.Subset(functions, local.ToHashSet());
        Assert.Contains(typeof(Hosting.Startup.ProductionSettingsCheck), functions);
    }

    private IServiceCollection FunctionsServices() => FunctionsHost.CreateBuilder(settings.Rehearsal()).Services;

    private static IServiceCollection LocalServices()
    {
        IServiceCollection? services = null;
        using var app = Local.LocalHost.Build(
            ["--environment", "Development", "--ConnectionStrings:Storage", "UseDevelopmentStorage=true"],
            builder => services = builder.Services);
        return services!;
    }

    /// <summary>Our own hosted services, in the order the host starts them.</summary>
    private static List<Type> StartupTasks(IServiceCollection services) =>
        [.. services.Where(d => d.ServiceType == typeof(IHostedService))
            .Select(d => d.ImplementationType)
            .OfType<Type>()
            .Where(t => t.Namespace?.StartsWith("Huizermaat.", StringComparison.Ordinal) == true && t.Assembly.GetName().Name != LocalAssembly)];

    /// <summary>The options types with a validation registered in this collection.</summary>
    private static HashSet<Type> Validated(IServiceCollection services) =>
        [.. services.Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IValidateOptions<>))
            .Select(d => d.ServiceType.GenericTypeArguments[0])
            .Where(t => t.Namespace?.StartsWith("Huizermaat.", StringComparison.Ordinal) == true)];
}
