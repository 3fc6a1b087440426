using System.Globalization;
using Huizermaat.Approval.Language;

namespace Huizermaat.Approval.Mail.Templates;

/// <summary>
/// Renders a <see cref="MailModel"/> into a <see cref="MailMessage"/> with our Dutch templates: an HTML body and a
/// plain-text body saying the same thing, every value HTML-encoded, times in Europe/Amsterdam. Parents and guardians
/// are addressed formally (u), staff and pupils asked about themselves informally (je).
/// </summary>
public static class MailComposer
{
    public const string InstanceIdArg = "instance_id";
    public const string StepIdArg = "step_id";
    public const string KindArg = "mail_kind";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static MailMessage Compose(MailModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = new MailBody().Paragraph(Greeting(model.To));
        IReadOnlyList<MailInlineImage> images = [];
        var (kind, subject) = model switch
        {
            ManagerRequestMail m => (MailKind.ManagerRequest, ManagerRequest(m, body)),
            ConsentRequestMail m => (MailKind.ConsentRequest, ConsentRequest(m, body, out images)),
            ReminderMail m => (MailKind.Reminder, Reminder(m, body)),
            EscalationMail m => (MailKind.Escalation, Escalation(m, body)),
            DecisionMail m => (MailKind.DecisionToAuthor, Decision(m, body)),
            NeedsChangesMail m => (MailKind.DecisionToAuthor, NeedsChanges(m, body)),
            ExpiryMail m => (MailKind.Expiry, Expiry(m, body)),
            PublicationMail m => (MailKind.Publication, Publication(m, body)),
            TakedownMail m => (MailKind.Takedown, Takedown(m, body)),
            UndeliveredNoticeMail m => (MailKind.Undelivered, Undelivered(m, body)),
            TestMail m => (MailKind.TestMail, Test(m, body)),
            _ => throw new ArgumentException($"No mail template for {model.GetType().Name}.", nameof(model)),
        };
        var (html, text) = body.Render(subject);
        var args = new Dictionary<string, string>
        {
            [InstanceIdArg] = model.InstanceId,
            [StepIdArg] = model.StepId,
            [KindArg] = kind.ToString(),
        };
        return new MailMessage(kind, model.To, subject, html, text, args, images.Count == 0 ? null : images);
    }

    private static string ManagerRequest(ManagerRequestMail m, MailBody body)
    {
        body.Paragraph($"{m.AuthorName} wil namens de school een bericht plaatsen op {DutchText.List(m.Channels)} en vraagt je goedkeuring:")
            .Quote(m.PostText);
        Remarks(body, m.Remarks);
        body.Paragraph($"Bekijk het bericht met de media en de controle op het protocol, en keur het goed of af vóór {When(m.Deadline)}.")
            .Button("Bericht bekijken en beslissen", m.ApprovalUrl);
        return $"Goedkeuring gevraagd: bericht van {m.AuthorName}";
    }

    private static string ConsentRequest(ConsentRequestMail m, MailBody body, out IReadOnlyList<MailInlineImage> images)
    {
        images = m.Photos
            .Select((photo, i) => new MailInlineImage(
                string.Create(CultureInfo.InvariantCulture, $"foto{i + 1}"), photo.FileName, photo.ContentType, photo.Content))
            .ToList();
        var media = m.MediaShown.Count == 0 ? "foto's" : DutchText.Media(m.MediaShown);
        var where = m.Channels.Count == 0 ? "sociale media" : DutchText.List(m.Channels);
        if (m.AskingThePersonThemself)
        {
            body.Paragraph($"{m.AuthorName} wil namens de school een bericht plaatsen op {where} met {media} waarop jij te zien of te horen bent. "
                    + "We plaatsen het alleen met jouw toestemming.")
                .Quote(m.PostText);
            if (images.Count > 0)
            {
                body.Images(images);
            }

            body.Paragraph($"Geef je toestemming, of weiger, vóór {When(m.Deadline)}. Zonder antwoord plaatsen we het bericht niet.")
                .Button("Bekijken en toestemming geven of weigeren", m.ConsentUrl)
                .Paragraph("Ook na plaatsing kun je je toestemming via dezelfde link intrekken; het bericht wordt dan verwijderd.");
        }
        else
        {
            body.Paragraph($"{m.AuthorName} wil namens de school een bericht plaatsen op {where} met {media} waarop {m.PersonName} te zien of te horen is. "
                    + "We plaatsen het alleen met uw toestemming.")
                .Quote(m.PostText);
            if (images.Count > 0)
            {
                body.Images(images);
            }

            body.Paragraph($"Geeft u toestemming, of weigert u? Antwoord vóór {When(m.Deadline)}. Zonder antwoord plaatsen we het bericht niet.")
                .Button("Bekijken en toestemming geven of weigeren", m.ConsentUrl)
                .Paragraph("Ook na plaatsing kunt u uw toestemming via dezelfde link intrekken; het bericht wordt dan verwijderd.");
        }

        return m.AskingThePersonThemself
            ? "Toestemming gevraagd voor een bericht waarop jij te zien bent"
            : $"Toestemming gevraagd voor een bericht met {m.PersonName}";
    }

    private static string Reminder(ReminderMail m, MailBody body)
    {
        if (m.PersonName is null)
        {
            body.Paragraph($"Herinnering: het bericht van {m.AuthorName} wacht nog op je goedkeuring.");
        }
        else
        {
            body.Paragraph($"Herinnering: het bericht van {m.AuthorName} waarop {m.PersonName} te zien of te horen is, wacht nog op {(m.Formal ? "uw" : "je")} toestemming.");
        }

        body.Paragraph($"Zonder antwoord vóór {When(m.Deadline)} wordt het bericht niet geplaatst.")
            .Button("Bekijken en beslissen", m.ActionUrl);
        return m.PersonName is null
            ? $"Herinnering: goedkeuring gevraagd voor bericht van {m.AuthorName}"
            : $"Herinnering: toestemming gevraagd voor een bericht met {m.PersonName}";
    }

    private static string Escalation(EscalationMail m, MailBody body)
    {
        body.Paragraph($"{m.ManagerName} heeft nog niet gereageerd op een bericht van {m.AuthorName}. Als plaatsvervanger vragen we nu jouw goedkeuring:")
            .Quote(m.PostText);
        Remarks(body, m.Remarks);
        body.Paragraph($"Keur het goed of af vóór {When(m.Deadline)}.")
            .Button("Bericht bekijken en beslissen", m.ApprovalUrl);
        return $"Goedkeuring gevraagd (plaatsvervanger van {m.ManagerName}): bericht van {m.AuthorName}";
    }

    private static string Decision(DecisionMail m, MailBody body)
    {
        var (subject, sentence) = m.Outcome switch
        {
            DecisionOutcome.Approved when m.AuthorPosts => ("Je bericht is goedgekeurd", "Je bericht is goedgekeurd. Het is een persoonlijk bericht: je plaatst het zelf."),
            DecisionOutcome.Approved => ("Je bericht is goedgekeurd", "Je bericht is goedgekeurd en wordt op het gekozen moment geplaatst."),
            DecisionOutcome.Rejected => ("Je bericht is afgekeurd", $"{m.DeciderName} heeft je bericht afgekeurd. Het wordt niet geplaatst."),
            DecisionOutcome.ConsentRefused => ("Geen toestemming voor je bericht", $"Er is geen toestemming gegeven voor {m.DeciderName}. Het bericht wordt niet geplaatst."),
            _ => throw new ArgumentOutOfRangeException(nameof(m), m.Outcome, null),
        };
        body.Paragraph(sentence);
        if (!string.IsNullOrWhiteSpace(m.Comment))
        {
            body.Paragraph("Toelichting:").Quote(m.Comment);
        }

        body.Button("Status van je bericht bekijken", m.StatusUrl);
        return subject;
    }

    private static string NeedsChanges(NeedsChangesMail m, MailBody body)
    {
        body.Paragraph("De controle op het protocol vond punten die je eerst moet aanpassen. Daarna vragen we de goedkeuringen.");
        if (m.Points.Count > 0)
        {
            body.List(m.Points);
        }

        body.Paragraph("Pas het bericht aan en dien het opnieuw in, of trek het in.")
            .Button("Je bericht bekijken en aanpassen", m.StatusUrl);
        return "Je bericht moet worden aangepast";
    }

    private static string Undelivered(UndeliveredNoticeMail m, MailBody body)
    {
        body.Paragraph($"De e-mail aan {m.Recipient} ({m.About}) over je bericht kon niet worden bezorgd{(string.IsNullOrWhiteSpace(m.Reason) ? "" : $" ({m.Reason})")}.")
            .Paragraph("Wie de e-mail niet kreeg, kan niet antwoorden. Vraag het communicatieteam het e-mailadres te controleren.")
            .Button("Status van je bericht bekijken", m.StatusUrl);
        return "Een e-mail over je bericht kon niet worden bezorgd";
    }

    private static string Expiry(ExpiryMail m, MailBody body)
    {
        body.Paragraph("Niet alle goedkeuringen zijn op tijd binnengekomen, dus je bericht wordt niet geplaatst. Geen antwoord telt als geen toestemming.");
        if (m.Outstanding.Count > 0)
        {
            body.Paragraph("Er ontbrak nog een antwoord voor:").List(m.Outstanding);
        }

        body.Paragraph("Je kunt het bericht opnieuw indienen.")
            .Button("Status van je bericht bekijken", m.StatusUrl);
        return "Je bericht is verlopen zonder alle goedkeuringen";
    }

    private static string Publication(PublicationMail m, MailBody body)
    {
        if (m.Posts.Count > 0)
        {
            body.Paragraph("Je bericht is geplaatst:").Links(m.Posts);
        }

        if (m.FailedNetworks.Count > 0)
        {
            body.Paragraph("Plaatsen is (nog) niet gelukt op onderstaande kanalen; de communicatieafdeling kijkt ernaar:").List(m.FailedNetworks);
        }

        return m.FailedNetworks.Count == 0 ? "Je bericht is geplaatst" : "Je bericht is gedeeltelijk geplaatst";
    }

    private static string Takedown(TakedownMail m, MailBody body)
    {
        body.Paragraph("Een geplaatst bericht is verwijderd van sociale media:");
        if (m.PostText.Length > 0)
        {
            body.Quote(DutchText.Opening(m.PostText, 200));
        }

        body.Paragraph("Reden:").Quote(m.Reason);
        if (m.RemovedPosts.Count > 0)
        {
            body.Paragraph("Verwijderd van:").Links(m.RemovedPosts);
        }

        if (m.FailedNetworks.Count > 0)
        {
            body.Paragraph("Verwijderen is (nog) niet gelukt op onderstaande kanalen; de communicatieafdeling zorgt ervoor:").List(m.FailedNetworks);
        }

        return "Bericht verwijderd van sociale media";
    }

    private static string Test(TestMail m, MailBody body)
    {
        body.Paragraph($"Dit is een testbericht, verstuurd op {When(m.SentAt)} omdat je daarom vroeg in Beheer.")
            .Paragraph("Komt deze e-mail aan, dan kan de app goedkeuringsverzoeken en toestemmingsvragen versturen. Staat hij in de map ongewenste e-mail, laat dan de domeinverificatie in SendGrid controleren.")
            .Button("Naar Beheer", new Uri(m.AppUrl, "beheer"));
        return "Testbericht van Huizermaat Berichten";
    }

    /// <summary>What the protocol check found that the approver should weigh; says so when it found nothing.</summary>
    private static void Remarks(MailBody body, IReadOnlyList<string> remarks)
    {
        if (remarks.Count == 0)
        {
            body.Paragraph("De controle op het protocol vond geen punten.");
        }
        else
        {
            body.Paragraph("De controle op het protocol vond deze punten; weeg ze mee in je besluit:").List(remarks);
        }
    }

    private static string Greeting(MailAddress to) =>
        string.IsNullOrWhiteSpace(to.Name) ? "Beste ontvanger," : $"Beste {to.Name},";

    private static string When(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Amsterdam).ToString("dddd d MMMM yyyy 'om' HH:mm", Dutch);
}
