using Huizermaat.Approval.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Huizermaat.Approval.Web.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Huizermaat.Approval.Web.Tests;

/// <summary>The web handlers mapped as the local host maps them, on an in-memory test server.</summary>
public sealed class WebApp : IAsyncLifetime
{
    private WebApplication? app;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        // Only the form's handlers are used here: the storage clients point at an Azurite nobody calls, and the
        // handlers that need the Durable client or the media store stay unresolvable (not validated at build).
        builder.Host.UseServiceProviderFactory(new Microsoft.Extensions.DependencyInjection.DefaultServiceProviderFactory(
            new Microsoft.Extensions.DependencyInjection.ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = true }));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Auth:Mode"] = "EasyAuth" });
        builder.Services.AddHuizermaatWeb(builder.Configuration);
        Huizermaat.Approval.Workflow.WorkflowServiceCollectionExtensions.AddApprovalWorkflowServices(builder.Services, builder.Configuration);
        Huizermaat.Approval.Workflow.WorkflowServiceCollectionExtensions.AddWorkflowStorage(builder.Services, "UseDevelopmentStorage=true");
        app = builder.Build();
        app.MapHuizermaatWeb();
        await app.StartAsync();
        Client = app.GetTestClient();
        Client.DefaultRequestHeaders.Add(ClientPrincipal.HeaderName, Principal("anna.devries@huizermaat.nl", "Anna de Vries"));
    }

    /// <summary>The header App Service Authentication would inject for a signed-in member of staff.</summary>
    public static string Principal(string email, string name) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(
        System.Text.Json.JsonSerializer.Serialize(new
        {
            auth_typ = "aad",
            name_typ = "name",
            role_typ = "roles",
            claims = new[] { new { typ = "preferred_username", val = email }, new { typ = "name", val = name } },
        })));

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
