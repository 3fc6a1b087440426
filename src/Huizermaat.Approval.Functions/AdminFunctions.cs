using Huizermaat.Approval.Web.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Huizermaat.Approval.Functions;

/// <summary>The Beheer pages (operators only): each a one-line wrapper over its handler in the web library.</summary>
public sealed class AdminFunctions(AdminPagesHandler admin)
{
    [Function("AdminDashboard")]
    public Task<IResult> Dashboard([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AdminPagesHandler.DashboardRoute)] HttpRequest request) =>
        admin.DashboardAsync(request);

    [Function("AdminDraft")]
    public Task<IResult> Draft([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AdminPagesHandler.DraftRoute)] HttpRequest request, string id) =>
        admin.ShowAsync(request, id);

    [Function("AdminAuditExport")]
    public Task<IResult> Export([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AdminPagesHandler.ExportRoute)] HttpRequest request, string id) =>
        admin.ExportAsync(request, id);

    [Function("AdminRetry")]
    public Task<IResult> Retry([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = AdminPagesHandler.RetryRoute)] HttpRequest request, string id) =>
        admin.RetryAsync(request, id);

    [Function("AdminHandle")]
    public Task<IResult> Handle([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = AdminPagesHandler.HandleRoute)] HttpRequest request, string id) =>
        admin.HandleAsync(request, id);

    [Function("AdminRosterForm")]
    public Task<IResult> RosterForm([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = AdminPagesHandler.RosterRoute)] HttpRequest request) =>
        admin.RosterFormAsync(request);

    [Function("AdminRosterImport")]
    public Task<IResult> RosterImport([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = AdminPagesHandler.RosterRoute)] HttpRequest request) =>
        admin.ImportRosterAsync(request);
}
