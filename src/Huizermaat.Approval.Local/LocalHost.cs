using Huizermaat.Approval.Local.DurableTask;
using Huizermaat.Approval.Web;
using Huizermaat.Approval.Web.Rendering;
using Huizermaat.Approval.Hosting;
using Huizermaat.Approval.Workflow;
using Microsoft.AspNetCore.Hosting;

namespace Huizermaat.Approval.Local;

/// <summary>
/// Builds the local host, the stand-in for the Functions host: the app's one composition (the same as the Functions
/// app's) served by Kestrel, and its Durable Task engine in the same process.
/// </summary>
public static class LocalHost
{
    /// <summary>The Functions convention, so that links and tools work the same against either host.</summary>
    public const string DefaultUrl = "http://localhost:7071";

    /// <param name="configure">Lets tests add configuration and services before the app is built.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        configure?.Invoke(builder);
        var services = builder.Services;
        // The app's composition (its startup tasks run first), then the transport: the Durable Task engine (sidecar,
        // then worker and client: hosted services stop in reverse order) and the stand-in for the timer triggers.
        services.AddHuizermaatApp(builder.Configuration, builder.Environment);
        services.AddLocalDurableTask(builder.Configuration, tasks => tasks.AddApprovalWorkflow());
        services.AddHostedService<ScheduledMaintenance>();

        var app = builder.Build();
        app.Use((context, next) =>
        {
            context.RequestServices.GetRequiredService<TransportSecurity>().Apply(context.Response);
            return next(context);
        });
        app.MapHuizermaatWeb();
        return app;
    }
}
