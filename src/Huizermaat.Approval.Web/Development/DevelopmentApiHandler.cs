using System.Text.Json;
using Huizermaat.Approval.People;
using Huizermaat.Approval.Publishing;
using Huizermaat.Approval.Web.Rendering;
using Huizermaat.Approval.Workflow.Development;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Huizermaat.Approval.Web.Development;

/// <summary>
/// Development only (404 elsewhere), no sign-in, so a newcomer can play every role in one browser:
/// <c>GET /api/dev/mailbox</c>, <c>GET /api/dev/published</c>, <c>GET /api/dev/roster</c> and the readable
/// mailbox page <c>GET /dev/mailbox</c>.
/// </summary>
public sealed class DevelopmentApiHandler(IHostEnvironment environment, IServiceProvider services, RosterStore roster, PageRenderer renderer, TimeProvider time)
{
    public const string MailboxRoute = "api/dev/mailbox";
    public const string PublishedRoute = "api/dev/published";
    public const string RosterRoute = "api/dev/roster";
    public const string MailboxPageRoute = "dev/mailbox";

    private DevelopmentMailbox? Mailbox => environment.IsDevelopment() ? services.GetService<DevelopmentMailbox>() : null;

    public async Task<IResult> MailboxAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Mailbox is not { } mailbox)
        {
            return Results.NotFound();
        }

        var mails = await mailbox.ListAsync(null, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return Results.Ok(mails.Select(m => new MailboxEntry(m.To, m.Subject, m.Text, m.Html, m.Links, m.DraftId, m.Kind, m.ReceivedAt, m.Deliveries)).ToList());
    }

    public async Task<IResult> MailboxPageAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Mailbox is not { } mailbox)
        {
            return Results.NotFound();
        }

        var mails = await mailbox.ListAsync(null, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return await renderer.RenderAsync<MailboxPage, MailboxModel>(request, new MailboxModel([.. mails.OrderByDescending(m => m.ReceivedAt)])).ConfigureAwait(false);
    }

    public async Task<IResult> PublishedAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!environment.IsDevelopment())
        {
            return Results.NotFound();
        }

        var result = new SortedDictionary<string, List<PublishedEntry>>(StringComparer.Ordinal);
        foreach (var sink in services.GetServices<IPublisher>().OfType<DevelopmentPublisher>())
        {
            var rows = await sink.ListAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
            result[sink.Channel.ToString().ToLowerInvariant()] = [.. rows.Select(r => new PublishedEntry(
                r.RowKey,
                r.GetString("DraftId"),
                r.GetInt32("Revision") ?? 0,
                r.GetString("Text"),
                JsonSerializer.Deserialize<JsonElement>(r.GetString("Media") ?? "[]"),
                r.GetDateTimeOffset("PublishedAt"),
                r.GetDateTimeOffset("DeletedAt"),
                r.GetInt32("Attempts") ?? 1))];
        }

        return Results.Ok(result);
    }

    public async Task<IResult> RosterAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!environment.IsDevelopment())
        {
            return Results.NotFound();
        }

        var people = await roster.LoadAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
        var year = SchoolYear.Of(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        return Results.Ok(people.People.OrderBy(p => p.Kind).ThenBy(p => p.Name, StringComparer.CurrentCulture).Select(p => new RosterEntry(
            p.Id,
            p.Name,
            p.Kind.ToString().ToLowerInvariant(),
            p.Email,
            p.BirthDate,
            p.ClassName,
            p.ManagerId,
            p.DeputyId,
            p.Guardians,
            ConsentCategories.All
                .Select(c => (Category: c, Answer: people.Consent(p.Id, year, c)))
                .Where(c => c.Answer is not null)
                .ToDictionary(c => c.Category, c => c.Answer!.Value))).ToList());
    }
}

/// <summary>The development mailbox page: every mail the app would have sent, newest first.</summary>
public sealed record MailboxModel(IReadOnlyList<DevelopmentMail> Mails);

public sealed record MailboxEntry(string To, string Subject, string Text, string Html, IReadOnlyList<string> Links, string DraftId, string Kind, DateTimeOffset ReceivedAt, int Deliveries);

public sealed record PublishedEntry(string Key, string DraftId, int Revision, string Text, JsonElement Media, DateTimeOffset? PublishedAt, DateTimeOffset? DeletedAt, int Attempts);

public sealed record RosterEntry(
    string Id,
    string Name,
    string Kind,
    string? Email,
    DateOnly? BirthDate,
    string? ClassName,
    string? ManagerId,
    string? DeputyId,
    IReadOnlyList<string> GuardianIds,
    IReadOnlyDictionary<string, bool> Consent);
