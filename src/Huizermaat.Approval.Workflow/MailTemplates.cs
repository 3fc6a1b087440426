using System.Net;
using Huizermaat.Approval.Mail;
using Huizermaat.Approval.People;
using Huizermaat.Approval.Workflow.Activities;

namespace Huizermaat.Approval.Workflow;

/// <summary>The workflow's Dutch mails, in plain text and in HTML (every value encoded).</summary>
internal static class MailTemplates
{
    public static MailMessage DecisionRequest(DecisionRequest request, Person holder, string? personShown, Uri link)
    {
        var (kind, subject, ask) = (request.Purpose, personShown) switch
        {
            (RequestPurpose.Reminder, _) => (MailKind.Reminder, "Herinnering: uw beslissing over een bericht", Ask(personShown)),
            (RequestPurpose.Escalation, _) => (MailKind.Escalation, "Vervanging: een bericht wacht op goedkeuring", "De leidinggevende heeft nog niet gereageerd. U kunt als vervanger beslissen."),
            (_, null) => (MailKind.ManagerRequest, "Een bericht wacht op uw goedkeuring", Ask(null)),
            _ => (MailKind.ConsentRequest, $"Toestemming gevraagd voor {personShown}", Ask(personShown)),
        };
        var deadline = request.ExpiresAt.ToString("d MMMM yyyy HH:mm 'UTC'", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
        var text = $"Beste {holder.Name},\n\n{ask}\n\nBekijk het bericht en beslis via deze link (geldig tot {deadline}):\n{link}\n\nZonder antwoord wordt het bericht niet geplaatst.\n";
        var html = $"<p>Beste {Encode(holder.Name)},</p><p>{Encode(ask)}</p><p><a href=\"{Encode(link.ToString())}\">Bekijk het bericht en beslis</a> (geldig tot {Encode(deadline)}).</p><p>Zonder antwoord wordt het bericht niet geplaatst.</p>";
        return new MailMessage(kind, new MailAddress(holder.Email!, holder.Name), subject, html, text, new Dictionary<string, string>());
    }

    public static MailMessage AuthorNotice(Person author, string stage, string? detail, Uri statusLink)
    {
        var (subject, body) = stage switch
        {
            ApprovalStages.NeedsChanges => ("Uw bericht moet worden aangepast", "De controle vond punten die u eerst moet aanpassen."),
            ApprovalStages.Rejected => ("Uw bericht is afgewezen", "Uw leidinggevende heeft het bericht afgewezen."),
            ApprovalStages.ConsentRefused => ("Geen toestemming voor uw bericht", "Voor iemand in de media is geen toestemming gegeven."),
            ApprovalStages.Expired => ("Uw bericht is verlopen", "Niet iedereen heeft op tijd geantwoord. Zonder antwoord is er geen toestemming."),
            ApprovalStages.Approved => ("Uw bericht is goedgekeurd", "Iedereen heeft ingestemd."),
            ApprovalStages.Published => ("Uw bericht is geplaatst", "Het bericht staat online."),
            ApprovalStages.TakenDown => ("Uw bericht is offline gehaald", "Iemand in de media heeft de toestemming ingetrokken. Het bericht is van alle kanalen verwijderd."),
            ApprovalStages.PublishFailed => ("Plaatsen is niet gelukt", "Op een of meer kanalen kon het bericht niet worden geplaatst. Het communicatieteam kijkt ernaar."),
            _ => ($"Uw bericht: {stage}", $"Uw bericht heeft nu de status {stage}."),
        };
        var extra = string.IsNullOrEmpty(detail) ? string.Empty : $"\n\n{detail}";
        var text = $"Beste {author.Name},\n\n{body}{extra}\n\nBekijk uw bericht: {statusLink}\n";
        var html = $"<p>Beste {Encode(author.Name)},</p><p>{Encode(body)}</p>{(extra.Length == 0 ? string.Empty : $"<p>{Encode(detail!)}</p>")}<p><a href=\"{Encode(statusLink.ToString())}\">Bekijk uw bericht</a></p>";
        var kind = stage switch
        {
            ApprovalStages.Published => MailKind.Publication,
            ApprovalStages.Expired => MailKind.Expiry,
            ApprovalStages.TakenDown => MailKind.Takedown,
            _ => MailKind.DecisionToAuthor,
        };
        return new MailMessage(kind, new MailAddress(author.Email!, author.Name), subject, html, text, new Dictionary<string, string>());
    }

    private static string Ask(string? personShown) => personShown is null
        ? "Een collega wil een bericht plaatsen namens Huizermaat en vraagt uw goedkeuring."
        : $"Een medewerker van Huizermaat wil een bericht plaatsen met {personShown} in beeld of geluid, en vraagt daarvoor uw toestemming.";

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
