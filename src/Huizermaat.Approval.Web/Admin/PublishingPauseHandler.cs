using Azure.Data.Tables;
using Huizermaat.Approval.Web.Rendering;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Events;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Huizermaat.Approval.Web.Admin;

/// <summary>
/// The emergency stop, for operators: <c>POST /beheer/pauzeren</c> (<c>reden</c>, required) stops every publication
/// (<see cref="PublishingPauseStore"/>; approvals are still collected, a draft that is due waits in
/// <see cref="ApprovalStages.Paused"/>), <c>POST /beheer/hervatten</c> lifts it and raises
/// <see cref="ApprovalEvents.Resume"/> to every held draft, which then publishes what is due. Both are kept in the
/// pause's history (who, when, why) and each held draft's audit trail records its hold and release.
/// </summary>
public sealed partial class PublishingPauseHandler(
    OperatorAccess operators,
    PublishingPauseStore pause,
    WorkflowStorage storage,
    ApprovalClient approvals,
    TimeProvider time,
    ILogger<PublishingPauseHandler> logger)
{
    public const string PauseRoute = "beheer/pauzeren";
    public const string ResumeRoute = "beheer/hervatten";

    public const int MaxReasonLength = 500;

    private const long MaxFormBytes = 16 * 1024;

    public async Task<IResult> PauseAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var access = await operators.RequireFormAsync(request, MaxFormBytes).ConfigureAwait(false);
        if (access.Denied is not null)
        {
            return access.Denied;
        }

        var cancellationToken = request.HttpContext.RequestAborted;
        var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var reason = form["reden"].ToString().Trim();
        if (reason.Length == 0)
        {
            return await operators.RefuseAsync(request, "Waarom pauzeren?", "Schrijf kort op waarom alles gepauzeerd wordt: je collega's en de auteurs zien het. Er is niets gepauzeerd.", StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        var actor = ActorOf(access.User!);
        reason = reason[..Math.Min(reason.Length, MaxReasonLength)];
        if (!await pause.PauseAsync(actor, reason, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            return await operators.RefuseAsync(request, "Staat al op pauze", "Het plaatsen was al gepauzeerd. Er is niets veranderd.", StatusCodes.Status409Conflict).ConfigureAwait(false);
        }

        LogPaused(actor, reason);
        return Results.Redirect("/beheer?gedaan=gepauzeerd");
    }

    public async Task<IResult> ResumeAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var access = await operators.RequireFormAsync(request, MaxFormBytes).ConfigureAwait(false);
        if (access.Denied is not null)
        {
            return access.Denied;
        }

        var cancellationToken = request.HttpContext.RequestAborted;
        var actor = ActorOf(access.User!);
        var now = time.GetUtcNow();
        if (!await pause.ResumeAsync(actor, now, cancellationToken).ConfigureAwait(false))
        {
            return await operators.RefuseAsync(request, "Niet gepauzeerd", "Het plaatsen stond niet op pauze. Er is niets veranderd.", StatusCodes.Status409Conflict).ConfigureAwait(false);
        }

        // Every draft held now: each reads the pause again and publishes (a draft that starts waiting after this read sees the pause lifted itself).
        var resume = new ResumeEvent($"resume-{now.UtcTicks}", actor);
        var held = 0;
        await foreach (var row in storage.Table(WorkflowStorage.DraftsTable)
            .QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq 'state' and Stage eq {ApprovalStages.Paused}"), select: ["PartitionKey"], cancellationToken: cancellationToken)
            .ConfigureAwait(false))
        {
            held += await approvals.ResumeAsync(row.PartitionKey, resume, cancellationToken).ConfigureAwait(false);
        }

        LogResumed(actor, held);
        return Results.Redirect("/beheer?gedaan=hervat");
    }

    /// <summary>As the audit trail records an operator: their roster id when they are staff, otherwise their e-mail address.</summary>
    private static string ActorOf(Identity.CurrentUser user) => user.PersonId ?? user.Email;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing paused by {Actor}: {Reason}")]
    private partial void LogPaused(string actor, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing resumed by {Actor}; {Instances} held instances told")]
    private partial void LogResumed(string actor, int instances);
}
