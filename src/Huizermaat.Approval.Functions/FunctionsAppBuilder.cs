using Huizermaat.Approval.Hosting;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Huizermaat.Approval.Functions;

public static class FunctionsAppBuilder
{
    /// <summary>
    /// The Functions app's composition, all of Program.cs: ASP.NET Core integration, the app's one composition (the
    /// local host's too), the Durable client of each invocation, and telemetry. The rehearsal tests build the app
    /// through this method with the settings the infrastructure gives it.
    /// </summary>
    public static FunctionsApplicationBuilder AddHuizermaatApproval(this FunctionsApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureFunctionsWebApplication();
        builder.Services.AddHuizermaatApp(builder.Configuration, builder.Environment);
        builder.Services.AddScoped<InvocationDurableClient>();
        builder.Services.AddScoped<DurableTaskClient>(services => services.GetRequiredService<InvocationDurableClient>().Client);
        builder.Services.AddHuizermaatTelemetry(builder.Configuration);

        // ASP.NET Core's request logs name the path, and a link's path holds its token: the worker forwards its logs
        // to the host, so keep those below warnings out.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        return builder;
    }
}
