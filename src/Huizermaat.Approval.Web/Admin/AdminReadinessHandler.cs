using Huizermaat.Approval.Mail;
using Huizermaat.Approval.Mail.Templates;
using Huizermaat.Approval.Web.Rendering;
using Huizermaat.Approval.Workflow;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Web.Admin;

/// <summary>
/// Beheer's readiness view (<c>GET /beheer/gereedheid</c>): storage, roster, mail and networks of this deployment,
/// and <c>POST /beheer/testmail</c>, which sends a test mail to the signed-in operator's own address. Operators only.
/// </summary>
public sealed partial class AdminReadinessHandler(
    OperatorAccess operators,
    ReadinessReader readiness,
    TestMailStore testMails,
    IMailSender mail,
    IOptions<WorkflowOptions> workflow,
    IAntiforgery antiforgery,
    PageRenderer renderer,
    MessagePages messages,
    TimeProvider time,
    ILogger<AdminReadinessHandler> logger)
{
    public const string ReadinessRoute = "beheer/gereedheid";
    public const string TestMailRoute = "beheer/testmail";

    public Task<IResult> ShowAsync(HttpRequest request) =>
        operators.PageAsync(request, user => PageAsync(request, user.Email, StatusCodes.Status200OK));

    public async Task<IResult> SendTestMailAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var access = await operators.RequireAsync(request).ConfigureAwait(false);
        if (access.Denied is not null)
        {
            return access.Denied;
        }

        if (!request.HasFormContentType || request.ContentLength > 16 * 1024 || !await antiforgery.IsRequestValidAsync(request.HttpContext).ConfigureAwait(false))
        {
            return await messages.ShowAsync(
                request,
                new Message(
                    "Formulier verlopen",
                    "Dit formulier is verlopen of niet via de pagina verstuurd. Open de pagina opnieuw en probeer het nog eens.",
                    MessageKind.Error,
                    ShowNavigation: true,
                    LinkHref: "/" + ReadinessRoute,
                    LinkText: "Terug naar de controle"),
                StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        var user = access.User!;
        var now = time.GetUtcNow();
        string? problem = null;
        try
        {
            var message = MailComposer.Compose(new TestMail(new MailAddress(user.Email, user.Name), workflow.Value.PublicBaseUrl, now));
            await mail.SendAsync(message, request.HttpContext.RequestAborted).ConfigureAwait(false);
            LogSent(user.Email);
        }
        catch (Exception e) when (e is MailDeliveryException or HttpRequestException or InvalidOperationException)
        {
            problem = e.Message;
            LogFailed(e, user.Email);
        }

        await testMails.RecordAsync(new TestMailRecord(user.Email, now, problem), request.HttpContext.RequestAborted).ConfigureAwait(false);
        return await PageAsync(request, user.Email, problem is null ? StatusCodes.Status200OK : StatusCodes.Status502BadGateway).ConfigureAwait(false);
    }

    private async Task<IResult> PageAsync(HttpRequest request, string operatorEmail, int statusCode)
    {
        var model = new ReadinessPageModel(
            await readiness.ReadAsync(request.HttpContext.RequestAborted).ConfigureAwait(false), operatorEmail, FormToken.Issue(antiforgery, request));
        return await renderer.RenderAsync<AdminReadinessPage, ReadinessPageModel>(request, model, statusCode).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Test mail sent to operator {Email}")]
    private partial void LogSent(string email);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Test mail to operator {Email} failed")]
    private partial void LogFailed(Exception exception, string email);
}
