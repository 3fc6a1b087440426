using Huizermaat.Approval.People;
using Huizermaat.Approval.Web.Identity;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Compose;

/// <summary><c>GET /api/roster/search?q=</c>: pupils, staff and others by name or class, for the people shown in media (staff only).</summary>
public sealed class RosterSearchHandler(StaffAccess staff, RosterStore roster)
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

        var people = (await roster.LoadAsync(request.HttpContext.RequestAborted).ConfigureAwait(false)).People;
        var matches = people
            .Where(p => p.Kind != PersonKind.Guardian)
            .Where(p => p.Name.Contains(query, StringComparison.CurrentCultureIgnoreCase)
                || (p.ClassName is { } c && c.Contains(query, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .Take(MaxResults)
            .Select(p => new RosterMatch(p.Id, p.Name, p.ClassName));
        return Results.Ok(matches.ToList());
    });
}

public sealed record RosterMatch(string Id, string Name, string? ClassName);
