using System.Text.Json;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Language;
using Huizermaat.Approval.Media;
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
/// <c>GET /api/dev/mailbox</c>, <c>GET /api/dev/published</c>, <c>GET /api/dev/roster</c>, the readable
/// mailbox page <c>GET /dev/mailbox</c> and a readable page per post of the development sink,
/// <c>GET /api/dev/published/{channel}/{key}</c> (where the status page's links of a "published" post lead).
/// </summary>
public sealed class DevelopmentApiHandler(
    IHostEnvironment environment, IServiceProvider services, RosterStore roster, IMediaStore media, PageRenderer renderer, MessagePages messages, TimeProvider time)
{
    public const string MailboxRoute = "api/dev/mailbox";
    public const string PublishedRoute = "api/dev/published";
    public const string PublishedPostRoute = "api/dev/published/{channel}/{key}";
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

    /// <summary>One post of the development sink as a page: the network, the text, the photos, when it went online (or was taken down).</summary>
    public async Task<IResult> PublishedPostAsync(HttpRequest request, string channel, string key)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!environment.IsDevelopment())
        {
            return Results.NotFound();
        }

        var cancellationToken = request.HttpContext.RequestAborted;
        var sink = services.GetServices<IPublisher>().OfType<DevelopmentPublisher>().FirstOrDefault(s => s.Channel.ToName() == channel);
        var row = sink is null ? null : (await sink.ListAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(r => r.RowKey == key);
        if (sink is null || row is null)
        {
            return await messages.ShowAsync(
                request,
                new Message("Bericht niet gevonden", "De ontwikkelomgeving heeft op dit kanaal geen bericht met dit adres geplaatst.", MessageKind.Error, ShowNavigation: true, "/" + PublishedRoute, "Alles wat er geplaatst is"),
                StatusCodes.Status404NotFound).ConfigureAwait(false);
        }

        var photos = new List<string>();
        foreach (var item in JsonSerializer.Deserialize<List<MediaReference>>(row.GetString("Media") ?? "[]", StorageJson.Options) ?? [])
        {
            if (item.Kind == MediaKind.Photo && await ThumbnailAsync(item.MediaId, cancellationToken).ConfigureAwait(false) is { } thumbnail)
            {
                photos.Add(thumbnail);
            }
        }

        var model = new PublishedPostModel(
            DutchText.ChannelName(sink.Channel),
            row.GetString("Text") ?? string.Empty,
            photos,
            row.GetDateTimeOffset("PublishedAt"),
            row.GetDateTimeOffset("DeletedAt"),
            row.GetInt32("Attempts") ?? 1);
        return await renderer.RenderAsync<PublishedPostPage, PublishedPostModel>(request, model).ConfigureAwait(false);
    }

    /// <summary>A photo's thumbnail as a <c>data:</c> address (the page has no sign-in; the CSP allows data images).</summary>
    private async Task<string?> ThumbnailAsync(string mediaId, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await media.OpenThumbnailAsync(mediaId, cancellationToken).ConfigureAwait(false);
            if (stream is null)
            {
                return null;
            }

            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            return "data:image/jpeg;base64," + Convert.ToBase64String(buffer.ToArray());
        }
        catch (MediaNotFoundException)
        {
            return null; // deleted by the retention rule
        }
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

/// <summary>One post of the development sink, as the network would show it.</summary>
/// <param name="Photos">The photos' thumbnails as <c>data:</c> addresses.</param>
public sealed record PublishedPostModel(string Network, string Text, IReadOnlyList<string> Photos, DateTimeOffset? PublishedAt, DateTimeOffset? DeletedAt, int Attempts);

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
