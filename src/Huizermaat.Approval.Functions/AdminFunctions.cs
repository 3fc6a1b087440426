using Huizermaat.Approval.Web.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Huizermaat.Approval.Functions;

/// <summary>The Beheer pages (operators only): each a one-line wrapper over its handler in the web library.</summary>
public static class AdminFunctions
{
    [Function("AdminDashboard")]
    public static Task<IResult> Dashboard([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AdminPagesHandler.DashboardRoute)] HttpRequest request, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<AdminPagesHandler>(request, durable).DashboardAsync(request);

    [Function("AdminDraft")]
    public static Task<IResult> Draft([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AdminPagesHandler.DraftRoute)] HttpRequest request, string id, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<AdminPagesHandler>(request, durable).ShowAsync(request, id);

    [Function("AdminAuditExport")]
    public static Task<IResult> Export([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AdminPagesHandler.ExportRoute)] HttpRequest request, string id, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<AdminPagesHandler>(request, durable).ExportAsync(request, id);

    [Function("AdminRetry")]
    public static Task<IResult> Retry([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = AdminPagesHandler.RetryRoute)] HttpRequest request, string id, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<AdminPagesHandler>(request, durable).RetryAsync(request, id);

    [Function("AdminHandle")]
    public static Task<IResult> Handle([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = AdminPagesHandler.HandleRoute)] HttpRequest request, string id, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<AdminPagesHandler>(request, durable).HandleAsync(request, id);

    [Function("AdminRosterForm")]
    public static Task<IResult> RosterForm([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AdminPagesHandler.RosterRoute)] HttpRequest request, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<AdminPagesHandler>(request, durable).RosterFormAsync(request);

    [Function("AdminRosterImport")]
    public static Task<IResult> RosterImport([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = AdminPagesHandler.RosterRoute)] HttpRequest request, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<AdminPagesHandler>(request, durable).ImportRosterAsync(request);

    [Function("AdminPause")]
    public static Task<IResult> Pause([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = PublishingPauseHandler.PauseRoute)] HttpRequest request, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<PublishingPauseHandler>(request, durable).PauseAsync(request);

    [Function("AdminResume")]
    public static Task<IResult> Resume([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = PublishingPauseHandler.ResumeRoute)] HttpRequest request, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<PublishingPauseHandler>(request, durable).ResumeAsync(request);

    [Function("AdminReadiness")]
    public static Task<IResult> Readiness([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AdminReadinessHandler.ReadinessRoute)] HttpRequest request, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<AdminReadinessHandler>(request, durable).ShowAsync(request);

    [Function("AdminTestMail")]
    public static Task<IResult> TestMail([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = AdminReadinessHandler.TestMailRoute)] HttpRequest request, [DurableClient] DurableTaskClient durable) =>
        Invocation.Handler<AdminReadinessHandler>(request, durable).SendTestMailAsync(request);
}
