using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Rendering;

/// <summary>Renders a <see cref="Message"/> as a page: the one way handlers answer with an error, a refusal or a confirmation.</summary>
public sealed class MessagePages(PageRenderer renderer)
{
    public Task<IResult> ShowAsync(HttpRequest request, Message message, int statusCode = StatusCodes.Status200OK) =>
        renderer.RenderAsync<MessagePage, Message>(request, message, statusCode);
}
