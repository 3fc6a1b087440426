using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Huizermaat.Approval.Web.Rendering;

/// <summary>Renders a Razor component to HTML on the server (every value HTML-encoded by the renderer).</summary>
public sealed class PageRenderer(IServiceProvider services, ILoggerFactory loggerFactory)
{
    public async Task<IResult> RenderAsync<TComponent>(IDictionary<string, object?> parameters, int statusCode = StatusCodes.Status200OK)
        where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(services, loggerFactory);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters)).ConfigureAwait(false);
            return output.ToHtmlString();
        }).ConfigureAwait(false);
        return new HtmlPageResult("<!DOCTYPE html>\n" + html, statusCode);
    }

    public Task<IResult> RenderAsync<TComponent>(int statusCode = StatusCodes.Status200OK)
        where TComponent : IComponent =>
        RenderAsync<TComponent>(new Dictionary<string, object?>(), statusCode);
}
