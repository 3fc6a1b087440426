using Huizermaat.Approval.Local.DurableTask;
using Huizermaat.Approval.Web;
using Huizermaat.Approval.Web.Composition;
using Huizermaat.Approval.Workflow;
using Microsoft.AspNetCore.Hosting;

namespace Huizermaat.Approval.Local;

/// <summary>Builds the local host: the approval app and its Durable Task engine in one process.</summary>
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
        services.AddHuizermaatApp(builder.Configuration, builder.Environment);

        // Hosted services start in this order and stop in reverse: storage first, then the engine, then the worker.
        services.AddHostedService<WorkflowStorageInitializer>();
        services.AddHostedService<DemoRosterLoader>();
        services.AddLocalDurableTask(builder.Configuration, tasks => tasks.AddApprovalWorkflow());
        services.AddHostedService<ScheduledMaintenance>();

        var app = builder.Build();
        app.MapHuizermaatWeb();
        return app;
    }
}
