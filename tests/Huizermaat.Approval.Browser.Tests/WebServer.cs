using Huizermaat.Approval.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Huizermaat.Approval.Browser.Tests;

/// <summary>The web app as the local host maps it, on Kestrel at a free port of 127.0.0.1, in Development, on the given storage.</summary>
public sealed class WebServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private WebServer(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    /// <summary>The app's base address, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    public IServiceProvider Services => app.Services;

    /// <param name="storage">The storage connection string (an Azurite): the form's checks need the roster's staff.</param>
    /// <param name="configure">Adds what a test needs beyond the web handlers (the workflow's client, …).</param>
    public static async Task<WebServer> StartAsync(string storage, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        // Only the form's handlers are used here: the handlers that need the Durable client or the media store stay
        // unresolvable (not validated at build).
        builder.Host.UseServiceProviderFactory(new Microsoft.Extensions.DependencyInjection.DefaultServiceProviderFactory(
            new Microsoft.Extensions.DependencyInjection.ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = true }));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Signed in as App Service Authentication would sign in: BrowserApp sends the principal header.
        builder.Configuration["Auth:Mode"] = "EasyAuth";
        builder.Services.AddHuizermaatWeb(builder.Configuration);
        Huizermaat.Approval.Workflow.WorkflowServiceCollectionExtensions.AddApprovalWorkflowServices(builder.Services, builder.Configuration);
        Huizermaat.Approval.Workflow.WorkflowServiceCollectionExtensions.AddWorkflowStorage(builder.Services, storage);
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapHuizermaatWeb();
        await app.StartAsync().ConfigureAwait(false);
        // Kestrel replaces port 0 by the port it bound.
        return new WebServer(app, new Uri(app.Urls.Single() + "/"));
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
