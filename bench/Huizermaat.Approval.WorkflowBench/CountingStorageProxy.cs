using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Yarp.ReverseProxy.Forwarder;

namespace Huizermaat.Approval.WorkflowBench;

/// <summary>
/// A reverse proxy in front of Azurite's blob, queue and table ports that counts every request passing through it
/// (YARP's forwarder). A host whose connection string points here makes all its storage requests through it, so the
/// count is exact: one HTTP request is one storage transaction, retries included, and nothing else is counted.
/// </summary>
public sealed class CountingStorageProxy : IAsyncDisposable
{
    private const string Account = "devstoreaccount1";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly WebApplication app;
    private readonly HttpMessageInvoker invoker = new(new SocketsHttpHandler
    {
        UseProxy = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
        MaxConnectionsPerServer = 256,
    });

    private CountingStorageProxy(WebApplication app) => this.app = app;

    public RequestTally Tally { get; } = new();

    public string ConnectionString { get; private set; } = "";

    /// <param name="azurite">Azurite's connection string (endpoints with explicit ports).</param>
    public static async Task<CountingStorageProxy> StartAsync(string azurite)
    {
        var targets = Endpoints(azurite);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddHttpForwarder();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            foreach (var _ in targets)
            {
                kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http1);
            }
        });
        var app = builder.Build();
        var proxy = new CountingStorageProxy(app);
        var routes = new Dictionary<int, string>();
        app.Run(async context =>
        {
            proxy.Tally.Count(Resource(context.Request.Path));
            var error = await context.RequestServices.GetRequiredService<IHttpForwarder>()
                .SendAsync(context, routes[context.Connection.LocalPort], proxy.invoker, ForwarderRequestConfig.Empty, RawTargetTransformer.Instance);
            if (error != ForwarderError.None)
            {
                context.Response.StatusCode = StatusCodes.Status502BadGateway;
            }
        });
        await app.StartAsync();

        var ports = app.Urls.Select(u => new Uri(u).Port).ToList();
        var endpoints = new Dictionary<string, string>();
        foreach (var ((service, target), port) in targets.Zip(ports))
        {
            routes[port] = target;
            endpoints[service] = $"http://127.0.0.1:{port}/{Account}";
        }

        proxy.ConnectionString = $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={AccountKey};" +
            string.Concat(endpoints.Select(e => $"{e.Key}={e.Value};"));
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        invoker.Dispose();
    }

    /// <summary>The service endpoints of a connection string, each as its origin (scheme, host and port).</summary>
    private static Dictionary<string, string> Endpoints(string connectionString) =>
        connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('=', 2))
            .Where(kv => kv[0] is "BlobEndpoint" or "QueueEndpoint" or "TableEndpoint")
            .ToDictionary(kv => kv[0], kv => new Uri(kv[1]).GetLeftPart(UriPartial.Authority));

    /// <summary>The queue, table or container a request is for: "/devstoreaccount1/Name(...)/..." gives "Name".</summary>
    private static string Resource(PathString path)
    {
        var segments = (path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        var name = segments.Length > 1 ? segments[1] : "(account)";
        var parenthesis = name.IndexOf('(', StringComparison.Ordinal);
        return parenthesis > 0 ? name[..parenthesis] : name;
    }
}
