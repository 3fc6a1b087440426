using System.Text.Json;
using Huizermaat.Approval.Web.Health;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Huizermaat.Approval.Functions.Tests;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Health_answers_200_with_a_camel_case_json_status()
    {
        using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        using var body = new MemoryStream();
        context.Response.Body = body;

        await HealthHandler.Handle().ExecuteAsync(context);

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.StartsWith("application/json", context.Response.ContentType, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(body.ToArray());
        Assert.Equal("healthy", json.RootElement.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("version").GetString()));
    }
}
