using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.People;
using Huizermaat.Approval.Web.Identity;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Web.Compose;

/// <summary>
/// <c>GET /api/roster/search?q=</c>: pupils, staff and others by name or class, for the people shown in media (staff
/// only), each with what will happen about their consent (a parent asked, asked themself, or what the register says).
/// </summary>
public sealed class RosterSearchHandler(StaffAccess staff, RosterStore roster, IOptions<ApprovalOptions> options, TimeProvider time)
{
    public const string Route = "api/roster/search";

    private const int MaxResults = 20;

    public Task<IResult> HandleAsync(HttpRequest request) => staff.ApiAsync(request, async _ =>
    {
        var query = request.Query["q"].ToString().Trim();
        if (query.Length < 2 || query.Length > 100)
        {
            return Results.Ok(Array.Empty<RosterMatch>());
        }

        var people = await roster.LoadAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        var today = SchoolClock.LocalDate(time.GetUtcNow(), options.Value);
        var matches = people.People
            .Where(p => p.Kind != PersonKind.Guardian)
            .Where(p => p.Name.Contains(query, StringComparison.CurrentCultureIgnoreCase)
                || (p.ClassName is { } c && c.Contains(query, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .Take(MaxResults)
            .Select(p =>
            {
                var outlook = ConsentOutlook.For(p, people, today, options.Value);
                return new RosterMatch(p.Id, p.Name, p.ClassName) { Consent = outlook.Text, ConsentKind = KindName(outlook.Kind) };
            });
        return Results.Ok(matches.ToList());
    });

    /// <summary>The outlook's kind as the form's script reads it.</summary>
    public static string KindName(ConsentOutlookKind kind) => kind switch
    {
        ConsentOutlookKind.AskGuardians => "guardians",
        ConsentOutlookKind.AskThemself => "themself",
        ConsentOutlookKind.RefusedByRegister => "refused",
        _ => "nobody",
    };
}

/// <param name="ClassName">A pupil's class.</param>
public sealed record RosterMatch(string Id, string Name, string? ClassName)
{
    /// <summary>In Dutch: what will happen about this person's consent if they are in the post's media.</summary>
    public string? Consent { get; init; }

    /// <summary><c>guardians</c>, <c>themself</c>, <c>refused</c> (consent register) or <c>nobody</c> (nobody can be asked).</summary>
    public string? ConsentKind { get; init; }
}
