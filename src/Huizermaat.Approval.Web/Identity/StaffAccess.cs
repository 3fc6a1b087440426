using Huizermaat.Approval.People;
using Huizermaat.Approval.Web.Api;
using Huizermaat.Approval.Web.Rendering;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Huizermaat.Approval.Web.Identity;

/// <summary>
/// The door of every staff page and API: nobody signed in → 401 (API: JSON; page: a Dutch sign-in page);
/// signed in but not in the roster's staff → 403. Gives the member of staff with their roster id. An Entra account
/// is matched by its object id once known, by its e-mail address (or UPN) at its first sign-in, which links the two.
/// </summary>
public sealed partial class StaffAccess(
    CurrentUserResolver users, RosterStore roster, StaffAccountStore accounts, PageRenderer renderer, MessagePages messages, TimeProvider time, ILogger<StaffAccess> logger)
{
    /// <summary>A staff page: <paramref name="page"/> for the signed-in member of staff; anyone else gets the Dutch sign-in page (401) or a 403 page.</summary>
    public async Task<IResult> PageAsync(HttpRequest request, Func<CurrentUser, Task<IResult>> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var check = await RequireAsync(request, api: false).ConfigureAwait(false);
        return check.Denied ?? await page(check.User!).ConfigureAwait(false);
    }

    /// <summary>A staff API: <paramref name="api"/> for the signed-in member of staff; anyone else gets a JSON 401 or 403.</summary>
    public async Task<IResult> ApiAsync(HttpRequest request, Func<CurrentUser, Task<IResult>> api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var check = await RequireAsync(request, api: true).ConfigureAwait(false);
        return check.Denied ?? await api(check.User!).ConfigureAwait(false);
    }

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

        var match = await MatchAsync(user, request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (match.Person is null)
        {
            var (english, dutch) = match.Kind == StaffMatchKind.OtherAccount
                ? ("The signed-in account's e-mail address belongs to a member of staff who signs in with another account.",
                   "Je e-mailadres hoort in de personeelslijst bij een ander schoolaccount dan waarmee je nu bent aangemeld. Vraag het communicatieteam om hulp.")
                : ("The signed-in user is not a member of staff in the roster.",
                   "Je bent aangemeld, maar je staat niet in de personeelslijst van de school. Vraag het communicatieteam je toe te voegen.");
            return new StaffCheck(null, api
                ? ApiError.Forbidden(english, dutch)
                : await messages.ShowAsync(request, new Message("Geen toegang", dutch, MessageKind.Error), StatusCodes.Status403Forbidden).ConfigureAwait(false));
        }

        return new StaffCheck(user with { PersonId = match.Person.Id }, null);
    }

    /// <summary>Who the user is in the roster's staff: by roster id (development login), Entra object id, or e-mail.</summary>
    public async Task<StaffMatch> MatchAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.PersonId is { } personId)
        {
            return await roster.FindAsync(personId, cancellationToken).ConfigureAwait(false) is { Kind: PersonKind.Staff } known
                ? StaffMatch.Found(known)
                : StaffMatch.NotInRoster;
        }

        if (user.ObjectId is { } objectId && await accounts.FindPersonAsync(objectId, cancellationToken).ConfigureAwait(false) is { } linked)
        {
            return await roster.FindAsync(linked, cancellationToken).ConfigureAwait(false) is { Kind: PersonKind.Staff } person
                ? StaffMatch.Found(person)
                : StaffMatch.NotInRoster;
        }

        var byEmail = await FindStaffAsync(user.Email, cancellationToken).ConfigureAwait(false);
        if (byEmail is null || user.ObjectId is null)
        {
            return byEmail is null ? StaffMatch.NotInRoster : StaffMatch.Found(byEmail);
        }

        var owner = await accounts.LinkAsync(user.ObjectId, byEmail.Id, user.Email, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (owner != user.ObjectId)
        {
            LogOtherAccount(byEmail.Id, user.ObjectId, owner);
            return StaffMatch.OtherAccount;
        }

        LogLinked(byEmail.Id, user.ObjectId);
        return StaffMatch.Found(byEmail);
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
        var model = new SignInModel(users.DevelopmentLoginEnabled ? AuthMode.Development : users.Mode, returnTo.ToString(), staff, problem);
        return await renderer.RenderAsync<SignInPage, SignInModel>(request, model, statusCode).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Linked Entra account {ObjectId} to member of staff {PersonId} at its first sign-in")]
    private partial void LogLinked(string personId, string objectId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused Entra account {ObjectId}: its e-mail address is member of staff {PersonId}, who signs in with account {Owner}")]
    private partial void LogOtherAccount(string personId, string objectId, string owner);
}

/// <summary>Either the signed-in member of staff (with <see cref="CurrentUser.PersonId"/> set) or the answer that refuses them.</summary>
public sealed record StaffCheck(CurrentUser? User, IResult? Denied);
