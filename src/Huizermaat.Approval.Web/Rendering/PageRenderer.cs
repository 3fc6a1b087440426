using Huizermaat.Approval.Web.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Huizermaat.Approval.Web.Rendering;

/// <summary>
/// Renders a page (a <see cref="PageComponent{TModel}"/>) to HTML on the server, every value HTML-encoded by the
/// renderer, inside the <see cref="PageFrame"/> of the request: who is signed in, for the header.
/// </summary>
public sealed class PageRenderer(IServiceProvider services, ILoggerFactory loggerFactory, CurrentUserResolver users)
{
    public async Task<IResult> RenderAsync<TPage, TModel>(HttpRequest request, TModel model, int statusCode = StatusCodes.Status200OK)
        where TPage : PageComponent<TModel>
    {
        ArgumentNullException.ThrowIfNull(request);
        var frame = PageFrame.For(users.Resolve(request), users.Mode, users.DevelopmentLoginEnabled);
        await using var renderer = new HtmlRenderer(services, loggerFactory);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            RenderFragment page = builder =>
            {
                builder.OpenComponent<TPage>(0);
                builder.AddComponentParameter(1, nameof(PageComponent<TModel>.Model), model);
                builder.CloseComponent();
            };
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(CascadingValue<PageFrame>.Value)] = frame,
                [nameof(CascadingValue<PageFrame>.IsFixed)] = true,
                [nameof(CascadingValue<PageFrame>.ChildContent)] = page,
            });
            var output = await renderer.RenderComponentAsync<CascadingValue<PageFrame>>(parameters).ConfigureAwait(false);
            return output.ToHtmlString();
        }).ConfigureAwait(false);
        return new HtmlPageResult("<!DOCTYPE html>\n" + html, statusCode);
    }
}
