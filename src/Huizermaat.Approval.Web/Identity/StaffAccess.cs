using Huizermaat.Approval.People;
using Huizermaat.Approval.Web.Api;
using Huizermaat.Approval.Web.Pages;
using Huizermaat.Approval.Web.Rendering;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.AspNetCore.Http;

namespace Huizermaat.Approval.Web.Identity;

/// <summary>
/// The door of every staff page and API: nobody signed in → 401 (API: JSON; page: a Dutch sign-in page);
/// signed in but not in the roster's staff → 403. Gives the member of staff with their roster id.
/// </summary>
public sealed class StaffAccess(CurrentUserResolver users, RosterStore roster, PageRenderer renderer)
{
    public async Task<StaffCheck> RequireAsync(HttpRequest request, bool api)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = users.Resolve(request);
        if (user is null)
        {
            return new StaffCheck(null, api
                ? ApiError.Unauthorized("Sign in first.", "Je bent niet aangemeld.")
                : await SignInPageAsync(request).ConfigureAwait(false));
        }

        var personId = user.PersonId ?? (await FindStaffAsync(user.Email, request.HttpContext.RequestAborted).ConfigureAwait(false))?.Id;
        if (personId is null)
        {
            const string Dutch = "Je bent aangemeld, maar je staat niet in de personeelslijst van de school. Vraag het communicatieteam je toe te voegen.";
            return new StaffCheck(null, api
                ? ApiError.Forbidden("The signed-in user is not a member of staff in the roster.", Dutch)
                : await renderer.RenderAsync<MessagePage>(
                    new Dictionary<string, object?> { [nameof(MessagePage.Title)] = "Geen toegang", [nameof(MessagePage.Text)] = Dutch, [nameof(MessagePage.Kind)] = "error" },
                    StatusCodes.Status403Forbidden).ConfigureAwait(false));
        }

        return new StaffCheck(user with { PersonId = personId }, null);
    }

    /// <summary>The staff member with this e-mail address, or null.</summary>
    public async Task<Person?> FindStaffAsync(string email, CancellationToken cancellationToken) =>
        (await roster.LoadAsync(cancellationToken).ConfigureAwait(false)).People
            .FirstOrDefault(p => p.Kind == PersonKind.Staff && string.Equals(p.Email, email, StringComparison.OrdinalIgnoreCase));

    public async Task<IResult> SignInPageAsync(HttpRequest request, string? problem = null, int statusCode = StatusCodes.Status401Unauthorized)
    {
        ArgumentNullException.ThrowIfNull(request);
        var returnTo = request.Path + request.QueryString;
        IReadOnlyList<Person> staff = users.DevelopmentLoginEnabled
            ? [.. (await roster.LoadAsync(request.HttpContext.RequestAborted).ConfigureAwait(false)).People
                .Where(p => p.Kind == PersonKind.Staff && !string.IsNullOrEmpty(p.Email)).OrderBy(p => p.Name, StringComparer.CurrentCulture)]
            : [];
        return await renderer.RenderAsync<SignInPage>(
            new Dictionary<string, object?>
            {
                [nameof(SignInPage.Mode)] = users.DevelopmentLoginEnabled ? AuthMode.Development : users.Mode,
                [nameof(SignInPage.ReturnTo)] = returnTo.ToString(),
                [nameof(SignInPage.Staff)] = staff,
                [nameof(SignInPage.Problem)] = problem,
            },
            statusCode).ConfigureAwait(false);
    }
}

/// <summary>Either the signed-in member of staff (with <see cref="CurrentUser.PersonId"/> set) or the answer that refuses them.</summary>
public sealed record StaffCheck(CurrentUser? User, IResult? Denied);
