using System.Globalization;
using System.Text.Json;
using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Checks;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Mail;
using Huizermaat.Approval.Web.Mail;
using Huizermaat.Approval.Web.Rendering;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Activities;
using Huizermaat.Approval.Workflow.Maintenance;
using Huizermaat.Approval.Workflow.Storage;

namespace Huizermaat.Approval.Web.Admin;

/// <summary>
/// A draft's audit trail (A.7) told as its history, in Dutch: who handed in each revision and what its check found,
/// every mail (to whom, why, and whether it was delivered), every answer with the revision it was for, every stage,
/// each publication and takedown per channel, what operators did. People by name; ids and the English details stay in
/// the data and the logs. A delivery report is told with the mail it is about (matched by message id).
/// </summary>
public static class DraftHistory
{
    public static IReadOnlyList<HistoryLine> Tell(IReadOnlyList<AuditEntry> entries, IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(names);
        var words = new Words(names);
        var reports = entries.Where(e => e.Action is SendGridEventsHandler.DeliveredAction or SendGridEventsHandler.BouncedAction or SendGridEventsHandler.DroppedAction).ToList();
        var told = new HashSet<AuditEntry>(ReferenceEqualityComparer.Instance);
        var lines = new List<HistoryLine>();
        foreach (var entry in entries)
        {
            if (entry.Action == WorkflowMail.SentAction)
            {
                var mine = reports.Where(r => !told.Contains(r) && IsAbout(r, entry)).ToList();
                told.UnionWith(mine);
                lines.Add(words.Mail(entry, mine));
            }
            else if (!reports.Contains(entry))
            {
                lines.Add(words.Line(entry));
            }
        }

        // Reports of mails the trail has no line for (sent before mails were recorded): told on their own.
        lines.AddRange(reports.Where(r => !told.Contains(r)).Select(words.Line));
        return [.. lines.OrderBy(l => l.At)];
    }

    /// <summary>A delivery report is about a sent mail by its message id, or (a report without one) by its address and step, after it was sent.</summary>
    private static bool IsAbout(AuditEntry report, AuditEntry sent)
    {
        var id = Fact(report, AuditFacts.MessageId);
        return id.Length > 0
            ? id == Fact(sent, AuditFacts.MessageId)
            // SendGrid's event timestamps are whole seconds: a report within the second the mail was sent is about it.
            : report.At >= sent.At.AddTicks(-(sent.At.UtcTicks % TimeSpan.TicksPerSecond))
              && string.Equals(Fact(report, AuditFacts.Email), Fact(sent, AuditFacts.Email), StringComparison.OrdinalIgnoreCase)
              && Fact(report, AuditFacts.Step) == Fact(sent, AuditFacts.Step);
    }

    private static string Fact(AuditEntry entry, string name) => entry.Facts.GetValueOrDefault(name, string.Empty);

    private static IEnumerable<string> List(AuditEntry entry, string name) =>
        Fact(entry, name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The sentences, with the roster's names.</summary>
    private sealed class Words(IReadOnlyDictionary<string, string> names)
    {
        public HistoryLine Mail(AuditEntry sent, IReadOnlyList<AuditEntry> reports)
        {
            var email = Fact(sent, AuditFacts.Email);
            var recipient = Fact(sent, AuditFacts.RecipientName) is { Length: > 0 } name ? name : names.GetValueOrDefault(email, email);
            var details = new List<string> { $"Aan {recipient} ({email})." };
            var problem = false;
            foreach (var report in reports)
            {
                if (report.Action == SendGridEventsHandler.DeliveredAction)
                {
                    details.Add($"Bezorgd op {DutchNames.Time(report.At)}.");
                }
                else
                {
                    problem = true;
                    details.Add(Undelivered(report));
                }
            }

            if (reports.Count == 0)
            {
                details.Add("Verstuurd; de e-maildienst heeft (nog) niet gemeld of hij is bezorgd.");
            }

            return new HistoryLine(sent.At, "Het systeem", "E-mail verstuurd: " + MailPurpose(sent), details, "mail", problem, sent.Id);
        }

        public HistoryLine Line(AuditEntry entry)
        {
            var who = Who(entry.Actor);
            var comment = Fact(entry, AuditFacts.Comment) is { Length: > 0 } words ? words : null;
            var revision = Fact(entry, AuditFacts.Revision);
            HistoryLine Make(string what, string kind, bool problem = false, params IEnumerable<string?> details) =>
                new(entry.At, who, what, [.. details.OfType<string>()], kind, problem, entry.Id);

            switch (entry.Action)
            {
                case CheckRevision.SubmittedAction:
                    return Make(
                        revision == "1" ? $"Ingediend door {who}." : $"Versie {revision} ingediend door {who}: eerdere antwoorden vervallen, iedereen wordt opnieuw gevraagd.",
                        "submitted",
                        false,
                        Channels(entry) is { Length: > 0 } on ? $"Voor {on}." : null,
                        Fact(entry, AuditFacts.PublishAt) is { Length: > 0 } at && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.None, out var when)
                            ? $"Gewenste plaatsing: {DutchNames.Time(when)}."
                            : null);
                case CheckRevision.CheckedAction:
                    return Check(entry, Make);
                case CheckRevision.ContestedAction:
                    return Make(
                        $"{who} betwist de bevinding {Fact(entry, AuditFacts.Rule)}{(Fact(entry, AuditFacts.Quote) is { Length: > 0 } quote ? $" over “{quote}”" : "")}.",
                        "check",
                        false,
                        comment is null ? null : $"Reden: “{comment}”");
                case "decision:approved" or "decision:refused" or "decision:ignored":
                    return Decision(entry, who, comment, Make);
                case WorkflowMail.SentAction:
                    return Mail(entry, []);
                case SendGridEventsHandler.DeliveredAction:
                    return Make($"E-mail aan {Recipient(entry)} bezorgd.", "mail");
                case SendGridEventsHandler.BouncedAction or SendGridEventsHandler.DroppedAction:
                    return Make($"E-mail aan {Recipient(entry)} niet bezorgd.", "mail", true, Undelivered(entry));
                case WorkflowMail.PossiblyNotDeliveredAction:
                    return Make("Een e-mail is misschien niet verstuurd: de server stopte terwijl hij werd verstuurd. Hij is niet opnieuw verstuurd; de herinnering brengt een nieuwe link.", "mail", true);
                case ChannelAudit.PublishedAction:
                    return Make($"Geplaatst op {Channel(entry)}.", "channel", false, Fact(entry, AuditFacts.Url) is { Length: > 0 } url ? url : null);
                case ChannelAudit.FailedAction:
                    return Make($"Plaatsen op {Channel(entry)} is mislukt.", "channel", true, Fact(entry, AuditFacts.Error) is { Length: > 0 } error ? $"Foutmelding: {error}" : null);
                case ChannelAudit.TakenDownAction:
                    return Make($"Verwijderd van {Channel(entry)}.", "channel", false, Fact(entry, AuditFacts.Url) is { Length: > 0 } gone ? gone : null);
                case AdminPagesHandler.RetryAction:
                    return Make(
                        List(entry, AuditFacts.Channels).Any()
                            ? $"{who} (beheer) probeert het plaatsen opnieuw op {Channels(entry)}."
                            : $"{who} (beheer) start de verwerking opnieuw: de controle loopt opnieuw en iedereen wordt opnieuw gevraagd.",
                        "operator",
                        false,
                        Fact(entry, AuditFacts.Error) is { Length: > 0 } failure ? $"Na de fout: {failure}" : null);
                case AdminPagesHandler.HandledAction:
                    return Make($"{who} (beheer) heeft de fout afgehandeld.", "operator", false, comment is null ? null : $"Toelichting: “{comment}”");
                case UnpublishedContentPurge.AuditAction:
                    return Make("Tekst, foto's, video's en opnamen verwijderd na de bewaartermijn (het bericht is niet online gekomen of gebleven). De beslissingen blijven bewaard.", "other");
                case "consent-withdrawn-after-publication":
                    return Make($"{who} trekt de toestemming in na publicatie.", "decision", true);
                default:
                    return entry.Action.StartsWith("stage:", StringComparison.Ordinal)
                        ? Stage(entry, entry.Action["stage:".Length..], who, comment, Make)
                        : Make("Gebeurtenis in de verwerking.", "other");
            }
        }

        private HistoryLine Check(AuditEntry entry, Func<string, string, bool, IEnumerable<string?>, HistoryLine> make)
        {
            var findings = JsonSerializer.Deserialize<List<AuditedFinding>>(Fact(entry, AuditFacts.Findings) is { Length: > 0 } json ? json : "[]", StorageJson.Options) ?? [];
            var blocks = findings.Count(f => f.Severity == Checks.Severity.Block && !f.Contested);
            var revision = Fact(entry, AuditFacts.Revision);
            var what = (findings.Count, blocks) switch
            {
                (0, _) => $"Controle op het protocol van versie {revision}: niets gevonden.",
                (_, 0) => $"Controle op het protocol van versie {revision}: {Count(findings.Count, "opmerking", "opmerkingen")}, niets dat het plaatsen tegenhoudt.",
                _ => $"Controle op het protocol van versie {revision}: {Count(blocks, "punt houdt", "punten houden")} het plaatsen tegen.",
            };
            return make(what, "check", blocks > 0, findings.Select(f =>
                $"{f.Rule} ({Severity(f)}){(f.Message.Length > 0 ? ": " + f.Message : "")}"));
        }

        private HistoryLine Decision(AuditEntry entry, string who, string? comment, Func<string, string, bool, IEnumerable<string?>, HistoryLine> make)
        {
            var step = Fact(entry, AuditFacts.Step);
            var revision = Fact(entry, AuditFacts.Revision);
            var version = revision.Length > 0 ? $" (versie {revision})" : string.Empty;
            var consentFor = StepIds.ConsentPersonId(step) is { } person ? Name(person) : null;
            var what = entry.Action switch
            {
                "decision:approved" when consentFor is not null => $"{who} geeft toestemming voor {consentFor}{version}.",
                "decision:approved" => $"{who} keurt het bericht goed{version}.",
                "decision:refused" when consentFor is not null => $"{who} geeft geen toestemming voor {consentFor}{version}.",
                "decision:refused" => $"{who} keurt het bericht af{version}.",
                _ => $"Het antwoord van {who}{version} telt niet: het was voor een andere versie, of {who} mocht hier niet over beslissen.",
            };
            return make(what, "decision", entry.Action == "decision:refused", [comment is null ? null : $"Opmerking: “{comment}”"]);
        }

        private HistoryLine Stage(AuditEntry entry, string stage, string who, string? comment, Func<string, string, bool, IEnumerable<string?>, HistoryLine> make)
        {
            var detail = string.IsNullOrWhiteSpace(entry.Detail) ? null : entry.Detail;
            var people = DutchList(List(entry, AuditFacts.People).Select(Name));
            var said = comment is null ? null : $"Opmerking: “{comment}”";
            return stage switch
            {
                ApprovalStages.NeedsChanges => make(
                    "Moet worden aangepast voordat iemand wordt gevraagd.",
                    "stage",
                    true,
                    List(entry, AuditFacts.Problems).Any() ? List(entry, AuditFacts.Problems).Select(Problem) : ["De controle vond punten die het plaatsen tegenhouden (zie hierboven)."]),
                ApprovalStages.AwaitingApprovals => make(
                    List(entry, AuditFacts.Pending).Any() ? $"Wacht op {DutchList(List(entry, AuditFacts.Pending).Select(Step))}." : "Wacht op goedkeuring.",
                    "stage",
                    false,
                    []),
                ApprovalStages.Approved when detail == PublishingHold.ResumedDetail => make($"{who} (beheer) heeft de pauze opgeheven: het bericht wordt nu geplaatst.", "stage", false, []),
                ApprovalStages.Approved => make("Iedereen heeft goedgekeurd en toestemming gegeven.", "stage", false, []),
                ApprovalStages.Scheduled => make(
                    detail is not null && DateTimeOffset.TryParse(detail, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                        ? $"Ingepland: wordt geplaatst op {DutchNames.Time(at)}."
                        : "Ingepland.",
                    "stage",
                    false,
                    []),
                ApprovalStages.Paused => make($"Goedgekeurd, maar {who} (beheer) heeft alles gepauzeerd: het bericht wacht tot het plaatsen weer aan staat.", "stage", true, [detail is null ? null : $"Reden: “{detail}”"]),
                ApprovalStages.Published => make("Het bericht staat online.", "stage", false, []),
                ApprovalStages.PublishFailed => make("Plaatsen of verwijderen is niet op elk kanaal gelukt; het communicatieteam kijkt ernaar.", "stage", true, []),
                ApprovalStages.Rejected => make($"{who} heeft het bericht afgekeurd.", "stage", true, [said ?? (detail is null ? null : $"Opmerking: “{detail}”")]),
                ApprovalStages.ConsentRefused when entry.Actor == AuditActors.ConsentRegister =>
                    make($"Volgens het toestemmingsregister mag {(people.Length > 0 ? people : "iemand op de foto")} niet op sociale media: het bericht wordt niet geplaatst.", "stage", true, []),
                ApprovalStages.ConsentRefused => make($"Geen toestemming{(people.Length > 0 ? " voor " + people : "")}: {who} zei nee of trok de toestemming in. Het bericht wordt niet geplaatst.", "stage", true, [said]),
                ApprovalStages.Expired => make(
                    "Verlopen: niet iedereen heeft op tijd geantwoord, en geen antwoord is geen toestemming.",
                    "stage",
                    true,
                    [List(entry, AuditFacts.Pending).Any() ? $"Geen antwoord op: {DutchList(List(entry, AuditFacts.Pending).Select(Step))}." : null]),
                ApprovalStages.Withdrawn => make($"{who} heeft het bericht ingetrokken.", "stage", false, [said ?? (detail is null ? null : $"Reden: “{detail}”")]),
                ApprovalStages.TakenDown => make(
                    people.Length > 0 ? $"Van alle kanalen verwijderd: {who} trok de toestemming voor {people} in." : $"Van alle kanalen verwijderd door {who}.",
                    "stage",
                    false,
                    [said]),
                _ => make($"Fase: {DutchNames.Stage(stage)}.", "stage", false, []),
            };
        }

        private string Who(string actor) => actor switch
        {
            AuditActors.System => "Het systeem",
            AuditActors.ConsentRegister => "Het toestemmingsregister",
            AuditActors.SendGrid => "De e-maildienst",
            _ => Name(actor),
        };

        private string Name(string personId) => names.GetValueOrDefault(personId) ?? (personId.Contains('@', StringComparison.Ordinal) ? personId : AdminText.Unknown);

        private string Recipient(AuditEntry entry) => Fact(entry, AuditFacts.Email) is { Length: > 0 } email ? $"{names.GetValueOrDefault(email, email)} ({email})" : "iemand";

        private string Step(string stepId) => StepIds.ConsentPersonId(stepId) is { } person
            ? $"toestemming voor {Name(person)}"
            : stepId == StepIds.Manager ? "goedkeuring door de leidinggevende" : "een antwoord";

        private string MailPurpose(AuditEntry sent)
        {
            var step = Fact(sent, AuditFacts.Step);
            var about = StepIds.ConsentPersonId(step) is { } person ? $"toestemming voor {Name(person)}" : "goedkeuring";
            return (Enum.TryParse<MailKind>(Fact(sent, AuditFacts.MailKind), out var kind) ? kind : (MailKind?)null) switch
            {
                MailKind.ManagerRequest => "verzoek om goedkeuring.",
                MailKind.ConsentRequest => $"verzoek om {about}.",
                MailKind.Reminder => $"herinnering: verzoek om {about}.",
                MailKind.Escalation => "verzoek aan de plaatsvervanger om goed te keuren (de leidinggevende antwoordde niet).",
                MailKind.DecisionToAuthor => "aan de auteur: " + AuthorStage(step) + ".",
                MailKind.Expiry => "aan de auteur: het bericht is verlopen.",
                MailKind.Publication => "aan de auteur: " + AuthorStage(step) + ".",
                MailKind.Takedown => "aan de auteur: het bericht is verwijderd.",
                MailKind.Undelivered => "aan de auteur: een e-mail over het bericht kwam niet aan.",
                _ => "bericht over dit concept.",
            };
        }

        /// <summary>An author's mail carries the step <c>author:&lt;stage&gt;</c>.</summary>
        private static string AuthorStage(string step) => (step.StartsWith("author:", StringComparison.Ordinal) ? step["author:".Length..] : step) switch
        {
            ApprovalStages.NeedsChanges => "het bericht moet worden aangepast",
            ApprovalStages.Approved => "het bericht is goedgekeurd",
            ApprovalStages.Rejected => "het bericht is afgekeurd",
            ApprovalStages.ConsentRefused => "er is geen toestemming",
            ApprovalStages.Expired => "het bericht is verlopen",
            ApprovalStages.Published => "het bericht is geplaatst",
            ApprovalStages.PublishFailed => "plaatsen is niet overal gelukt",
            ApprovalStages.TakenDown => "het bericht is verwijderd",
            _ => "over het bericht",
        };

        private string Problem(string problem)
        {
            var (kind, person) = problem.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 ? (problem[..colon], problem[(colon + 1)..]) : (problem, string.Empty);
            return (Enum.TryParse<PlanProblemKind>(kind, out var parsed) ? parsed : (PlanProblemKind?)null) switch
            {
                PlanProblemKind.UnknownAuthor => "De auteur staat niet als personeelslid in de lijst.",
                PlanProblemKind.NoManager => "Bij de auteur staat geen leidinggevende in de lijst.",
                PlanProblemKind.UnknownPerson => "Iemand die bij de media is gekozen, staat niet (meer) in de lijst.",
                PlanProblemKind.NoGuardian => $"Van {Name(person)} is geen ouder of verzorger met een e-mailadres bekend.",
                PlanProblemKind.NoEmail => $"{Name(person)} heeft geen e-mailadres in de lijst en kan dus niet worden gevraagd.",
                _ => "De lijst zegt niet wie moet beslissen.",
            };
        }

        private static string Undelivered(AuditEntry report) =>
            (report.Action == SendGridEventsHandler.DroppedAction ? "Niet verstuurd: de e-maildienst blokkeert dit adres" : "Niet bezorgd: de ontvangende server weigerde hem")
            + (Fact(report, AuditFacts.Error) is { Length: > 0 } reason ? $" ({reason})." : ".");

        private static string Channels(AuditEntry entry) => DutchList(List(entry, AuditFacts.Channels).Select(ChannelName));

        private static string Channel(AuditEntry entry) => ChannelName(Fact(entry, AuditFacts.Channel));

        private static string ChannelName(string name) => AdminText.Channel(name);

        private static string Severity(AuditedFinding finding) => finding switch
        {
            { Contested: true } => "betwist door de auteur",
            { Severity: Checks.Severity.Block } => "houdt het plaatsen tegen",
            { Severity: Checks.Severity.Warn } => "waarschuwing",
            _ => "tip",
        };

        private static string Count(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";

        private static string DutchList(IEnumerable<string> items)
        {
            var all = items.Distinct(StringComparer.Ordinal).ToList();
            return all.Count <= 1 ? string.Concat(all) : string.Join(", ", all.Take(all.Count - 1)) + " en " + all[^1];
        }
    }
}
