using System.Globalization;
using System.Text;
using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.People;
using Huizermaat.Approval.Web.Rendering;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Web.Admin;

/// <summary>
/// Beheer, for operators only: the dashboard (<c>GET /beheer</c>), one draft's audit trail
/// (<c>GET /beheer/berichten/{id}</c>) and its CSV export (A.7), retry and mark-handled of failed work, and the
/// roster and consent-register import. Retry: a Failed instance is restarted with its original input
/// (<see cref="DurableTaskClient.RestartAsync"/>, same instance id); a draft in <c>publish-failed</c> gets a
/// <see cref="RepublishOrchestrator"/> for its failed channels. Afhandelen: the failure is marked handled
/// (it leaves the dashboard until it fails again). Both are written to the draft's audit trail.
/// </summary>
public sealed class AdminPagesHandler(
    OperatorAccess operators,
    AdminReader reader,
    ReadinessReader readiness,
    DraftStateStore states,
    ChannelStore channels,
    AuditLog audit,
    HandledFailureStore handled,
    PublishingPauseStore pause,
    RosterImporter importer,
    DurableTaskClient durable,
    IOptions<ApprovalOptions> options,
    IAntiforgery antiforgery,
    PageRenderer renderer,
    TimeProvider time)
{
    public const string DashboardRoute = "beheer";
    public const string DraftRoute = "beheer/berichten/{id}";
    public const string ExportRoute = "beheer/berichten/{id}/audit.csv";
    public const string RetryRoute = "beheer/berichten/{id}/opnieuw";
    public const string HandleRoute = "beheer/berichten/{id}/afhandelen";
    public const string RosterRoute = "beheer/roster";

    /// <summary>Largest roster file accepted (a school of 2,000 pupils with guardians is well under 1 MB).</summary>
    public const long MaxRosterBytes = 4 * 1024 * 1024;

    public const string RetryAction = "operator:retry";
    public const string HandledAction = "operator:handled";

    public Task<IResult> DashboardAsync(HttpRequest request) => operators.PageAsync(request, async _ =>
    {
        var stage = request.Query["status"].ToString() is { Length: > 0 } chosen ? chosen : null;
        var cancellationToken = request.HttpContext.RequestAborted;
        var overview = await reader.OverviewAsync(stage, cancellationToken).ConfigureAwait(false);
        var model = new AdminPageModel(overview, await readiness.ReadAsync(cancellationToken).ConfigureAwait(false), stage, FormToken.Issue(antiforgery, request))
        {
            Pause = new PauseView(
                await pause.GetAsync(cancellationToken).ConfigureAwait(false),
                await pause.HistoryAsync(10, cancellationToken).ConfigureAwait(false),
                overview.CountsByStage.GetValueOrDefault(ApprovalStages.Paused)),
            Notice = request.Query["gedaan"].ToString() switch
            {
                "gepauzeerd" => "Alles is gepauzeerd: er wordt niets geplaatst tot iemand op Hervatten drukt.",
                "hervat" => "Het plaatsen is hervat: wat klaarstond, wordt nu geplaatst.",
                _ => null,
            },
        };
        return await renderer.RenderAsync<AdminPage, AdminPageModel>(request, model).ConfigureAwait(false);
    });

    public async Task<IResult> ShowAsync(HttpRequest request, string id)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (refused, view) = await AuditOrRefusalAsync(request, id).ConfigureAwait(false);
        if (view is null)
        {
            return refused!;
        }

        var notice = request.Query["gedaan"].ToString() switch
        {
            "opnieuw" => "Opnieuw proberen is gestart.",
            "afgehandeld" => "De fout is als afgehandeld gemarkeerd.",
            _ => null,
        };
        return await renderer.RenderAsync<AdminDraftPage, AdminDraftModel>(request, new AdminDraftModel(view, notice, FormToken.Issue(antiforgery, request))).ConfigureAwait(false);
    }

    /// <summary>
    /// The audit trail as CSV for Dutch Excel (<see cref="AuditCsv"/>): <c>;</c>-separated, times in Europe/Amsterdam,
    /// UTF-8 with BOM, every cell that would start a formula escaped.
    /// </summary>
    public async Task<IResult> ExportAsync(HttpRequest request, string id)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (refused, view) = await AuditOrRefusalAsync(request, id).ConfigureAwait(false);
        if (view is null)
        {
            return refused!;
        }

        request.HttpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"audit-{Uri.EscapeDataString(id)}.csv\"";
        SecurityHeaders.Apply(request.HttpContext.Response);
        return Results.Bytes(AuditCsv.Write(view), "text/csv; charset=utf-8");
    }

    public async Task<IResult> RetryAsync(HttpRequest request, string id)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (denied, actor) = await RequirePostAsync(request).ConfigureAwait(false);
        if (denied is not null)
        {
            return denied;
        }

        var cancellationToken = request.HttpContext.RequestAborted;
        var state = await states.GetAsync(id, cancellationToken).ConfigureAwait(false);
        var instance = await durable.GetInstanceAsync(id, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        if (instance is { RuntimeStatus: OrchestrationRuntimeStatus.Failed })
        {
            await durable.RestartAsync(id, restartWithNewInstanceId: false, cancellationToken).ConfigureAwait(false);
            await audit.AppendAsync(id, new AuditEntry($"operator-retry-{now.UtcTicks}", now, actor!, RetryAction,
                $"instance restarted with its original input after: {FailureText.Reason(instance)}")
            {
                Facts = new Dictionary<string, string> { [AuditFacts.Error] = FailureText.Reason(instance) },
            }, cancellationToken).ConfigureAwait(false);
            return Done(id, "opnieuw");
        }

        if (state is { Stage: ApprovalStages.PublishFailed })
        {
            var failed = (await channels.ListAsync(id, cancellationToken).ConfigureAwait(false))
                .Where(c => c.State == ChannelStore.Failed && c.Revision == state.Revision)
                .Select(c => ChannelNames.Parse(c.Channel))
                .OfType<Channel>()
                .ToList();
            if (failed.Count > 0)
            {
                var settings = options.Value;
                await durable.ScheduleNewOrchestrationInstanceAsync(
                    nameof(RepublishOrchestrator),
                    new RepublishInput(id, state.Revision, actor!, failed, settings.PublishAttempts, settings.PublishFirstRetry),
                    new Microsoft.DurableTask.StartOrchestrationOptions(RepublishOrchestrator.InstanceId(id, (int)(now.ToUnixTimeSeconds() % int.MaxValue))),
                    cancellationToken).ConfigureAwait(false);
                await audit.AppendAsync(id, new AuditEntry($"operator-retry-{now.UtcTicks}", now, actor!, RetryAction,
                    $"publishing again on {string.Join(", ", failed.Select(c => c.ToName()))} (revision {state.Revision})")
                {
                    Facts = new Dictionary<string, string>
                    {
                        [AuditFacts.Channels] = string.Join(' ', failed.Select(c => c.ToName())),
                        [AuditFacts.Revision] = state.Revision.ToString(CultureInfo.InvariantCulture),
                    },
                }, cancellationToken).ConfigureAwait(false);
                return Done(id, "opnieuw");
            }
        }

        return await MessageAsync(
            request,
            "Niets om opnieuw te proberen",
            "Dit bericht heeft geen mislukte verwerking en geen mislukte publicatie (meer).",
            StatusCodes.Status409Conflict).ConfigureAwait(false);
    }

    public async Task<IResult> HandleAsync(HttpRequest request, string id)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (denied, actor) = await RequirePostAsync(request).ConfigureAwait(false);
        if (denied is not null)
        {
            return denied;
        }

        var cancellationToken = request.HttpContext.RequestAborted;
        var failures = await reader.FailuresAsync(id, cancellationToken).ConfigureAwait(false);
        if (failures.Count == 0)
        {
            return await MessageAsync(request, "Niets af te handelen", "Dit bericht heeft geen openstaande fouten.", StatusCodes.Status409Conflict).ConfigureAwait(false);
        }

        var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var note = form["toelichting"].ToString().Trim();
        var now = time.GetUtcNow();
        foreach (var failure in failures)
        {
            await handled.MarkAsync(id, failure.Channel ?? HandledFailureStore.InstanceItem, actor!, now, cancellationToken).ConfigureAwait(false);
        }

        var what = string.Join("; ", failures.Select(f => $"{f.Channel ?? "instance"}: {f.Error}"));
        await audit.AppendAsync(id, new AuditEntry($"operator-handled-{now.UtcTicks}", now, actor!, HandledAction,
            note.Length == 0 ? what : $"{what} — {note[..Math.Min(note.Length, 500)]}")
        {
            Facts = new Dictionary<string, string>
            {
                [AuditFacts.Channels] = string.Join(' ', failures.Select(f => f.Channel).OfType<string>()),
                [AuditFacts.Error] = string.Join("; ", failures.Select(f => f.Error)),
                [AuditFacts.Comment] = note[..Math.Min(note.Length, 500)],
            },
        }, cancellationToken).ConfigureAwait(false);
        return Done(id, "afgehandeld");
    }

    public Task<IResult> RosterFormAsync(HttpRequest request) =>
        operators.PageAsync(request, _ => RosterPageAsync(request, null, [], null, StatusCodes.Status200OK));

    public async Task<IResult> ImportRosterAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (denied, _) = await RequirePostAsync(request, multipart: true).ConfigureAwait(false);
        if (denied is not null)
        {
            return denied;
        }

        var cancellationToken = request.HttpContext.RequestAborted;
        var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var file = form.Files.GetFile("bestand");
        if (file is null || file.Length == 0)
        {
            return await RosterPageAsync(request, "Kies een CSV-bestand om te importeren.", [], null, StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        if (file.Length > MaxRosterBytes)
        {
            return await RosterPageAsync(request, $"Het bestand is te groot (meer dan {MaxRosterBytes / (1024 * 1024)} MB). Er is niets geïmporteerd.", [], null, StatusCodes.Status413PayloadTooLarge).ConfigureAwait(false);
        }

        try
        {
            using var text = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var roster = await importer.ImportAsync(text, cancellationToken).ConfigureAwait(false);
            return await RosterPageAsync(request, null, [], roster, StatusCodes.Status200OK).ConfigureAwait(false);
        }
        catch (RosterImportException e)
        {
            return await RosterPageAsync(
                request,
                $"Het bestand bevat {e.Errors.Count} {(e.Errors.Count == 1 ? "fout" : "fouten")}. Er is niets geïmporteerd; de vorige lijst blijft gelden.",
                e.Errors,
                null,
                StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }
    }

    /// <summary>A draft's audit trail for an operator; otherwise the refusal (not an operator) or a Dutch 404 page.</summary>
    private async Task<(IResult? Refused, AuditView? View)> AuditOrRefusalAsync(HttpRequest request, string id)
    {
        var access = await operators.RequireAsync(request).ConfigureAwait(false);
        if (access.Denied is not null)
        {
            return (access.Denied, null);
        }

        var view = await reader.AuditAsync(id, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return view is null
            ? (await MessageAsync(request, "Niet gevonden", "Er is geen bericht met dit nummer.", StatusCodes.Status404NotFound).ConfigureAwait(false), null)
            : (null, view);
    }

    private async Task<(IResult? Denied, string? Actor)> RequirePostAsync(HttpRequest request, bool multipart = false)
    {
        var access = await operators.RequireFormAsync(request, MaxRosterBytes + (64 * 1024), multipart).ConfigureAwait(false);
        return (access.Denied, access.User is { } user ? user.PersonId ?? user.Email : null);
    }

    private Task<IResult> RosterPageAsync(HttpRequest request, string? problem, IReadOnlyList<RosterImportError> errors, Roster? imported, int statusCode) =>
        renderer.RenderAsync<RosterImportPage, RosterImportModel>(
            request, new RosterImportModel(problem, errors, imported, FormToken.Issue(antiforgery, request)), statusCode);

    private static IResult Done(string id, string what) => Results.Redirect($"/beheer/berichten/{Uri.EscapeDataString(id)}?gedaan={what}");

    private Task<IResult> MessageAsync(HttpRequest request, string title, string text, int statusCode) =>
        operators.RefuseAsync(request, title, text, statusCode);
}
