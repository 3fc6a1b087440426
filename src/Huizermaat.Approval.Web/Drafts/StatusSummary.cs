using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Checks;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Language;
using Huizermaat.Approval.People;
using Huizermaat.Approval.Web.Rendering;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Storage;

namespace Huizermaat.Approval.Web.Drafts;

/// <summary>
/// Where a draft stands and what happens next, in Dutch for its author, naming people by name (never by roster id):
/// built from the stage, the approvals, the channels and who ended it (<see cref="DraftState.Actor"/>).
/// </summary>
public static class StatusSummary
{
    public static IReadOnlyList<string> Describe(
        DraftView view,
        Submission submission,
        DraftState? state,
        Roster people,
        IReadOnlyList<PlanProblem> problems,
        IReadOnlyList<string> refusedByRegister)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(people);
        string Name(string? id) => id is null ? "iemand" : people.Find(id)?.Name ?? "iemand die niet (meer) in de administratie staat";
        var channels = DutchText.Channels(submission.Draft.Channels);
        var comment = string.IsNullOrWhiteSpace(state?.Comment) ? "." : $": \u201c{state.Comment}\u201d";
        var againAfterNo = "Je kunt het bericht aanpassen en opnieuw versturen.";
        switch (view.State)
        {
            case ApprovalStages.Checking:
                return ["De controle op het protocol loopt. Vernieuw de pagina over een paar seconden."];
            case ApprovalStages.NeedsChanges:
                var blocks = view.Findings.Count(f => f.Blocks);
                return blocks > 0
                    ? [$"De controle op het protocol vond {DutchText.Count(blocks, "punt", "punten")} die je eerst moet aanpassen (hieronder). Pas het bericht aan; daarna vragen we de goedkeuringen."]
                    : [.. problems.Select(p => p.Describe(people.Find(p.PersonId)?.Name)), "Daarna kun je het bericht opnieuw versturen."];
            case ApprovalStages.AwaitingApprovals:
                var waiting = Waiting(view.Approvals);
                var deadline = view.Approvals.Where(a => a.State == ApprovalRecordStates.Requested).Select(a => a.ExpiresAt).Max();
                return [.. new[]
                {
                    waiting.Count == 0 ? "Het bericht wacht op de goedkeuringen." : $"Het bericht wacht op {DutchText.List(waiting)}.",
                    deadline is { } until ? $"Wie niet vóór {DutchNames.Time(until)} antwoordt, geeft geen toestemming: dan wordt het bericht niet geplaatst." : null,
                }.OfType<string>()];
            case ApprovalStages.Approved when submission.Draft.Capacity == Capacity.Personal:
                return ["Goedgekeurd: plaats het zelf. Het is een bericht op persoonlijke titel, dus je plaatst het zelf op je eigen account. Kopieer de tekst hieronder."];
            case ApprovalStages.Approved:
                return [$"Goedgekeurd. Het bericht wordt nu op {channels} geplaatst."];
            case ApprovalStages.Scheduled:
                return [$"Goedgekeurd en ingepland: het wordt {(submission.PublishAt is { } at ? "op " + DutchNames.Time(at) : "straks")} op {channels} geplaatst. Tot dan kun je het nog aanpassen of intrekken."];
            case ApprovalStages.Published:
                var since = view.Channels.Where(c => c.State == ChannelStore.Published).Select(c => c.At).Min();
                return [$"Het bericht staat online op {DutchText.List(view.Channels.Where(c => c.State == ChannelStore.Published).Select(c => c.Name))}{(since is { } from ? ", sinds " + DutchNames.Time(from) : "")}."];
            case ApprovalStages.PublishFailed:
                var failed = view.Channels.Where(c => c.State == ChannelStore.Failed).Select(c => c.Name).ToList();
                return [failed.Count == 0
                    ? "Verwijderen of plaatsen is niet op elk kanaal gelukt; het communicatieteam kijkt ernaar."
                    : $"Plaatsen is niet gelukt op {DutchText.List(failed)}; het communicatieteam kijkt ernaar."];
            case ApprovalStages.Rejected:
                return [$"{Name(state?.Actor)} heeft het bericht afgekeurd{comment}", againAfterNo];
            case ApprovalStages.ConsentRefused when refusedByRegister.Count > 0:
                return [$"Volgens het toestemmingsregister van de school mag {DutchText.List(refusedByRegister.Select(Name))} niet op sociale media.",
                    "Haal de media met deze persoon weg en verstuur het bericht opnieuw."];
            case ApprovalStages.ConsentRefused:
                var person = DutchText.List((state?.PersonIds ?? []).Select(Name));
                var withdrew = view.Approvals.Any(a => a.State == ApprovalView.WithdrawnState);
                return [withdrew
                    ? $"{Name(state?.Actor)} heeft de toestemming voor {person} ingetrokken{comment}"
                    : $"{Name(state?.Actor)} gaf geen toestemming voor {person}{comment}", "Je kunt het bericht aanpassen (zonder deze persoon) en opnieuw versturen."];
            case ApprovalStages.Expired:
                return ["Niet iedereen heeft op tijd geantwoord, dus het bericht wordt niet geplaatst: geen antwoord telt als geen toestemming.", againAfterNo];
            case ApprovalStages.Withdrawn:
                return ["Je hebt het bericht ingetrokken. Het wordt niet geplaatst."];
            case ApprovalStages.TakenDown when state?.Actor == submission.AuthorId:
                return [$"Je hebt het bericht verwijderd{comment} Het staat niet meer online; je leidinggevende heeft bericht gekregen."];
            case ApprovalStages.TakenDown:
                return [$"{Name(state?.Actor)} heeft de toestemming voor {DutchText.List((state?.PersonIds ?? []).Select(Name))} ingetrokken{comment} Het bericht is van alle kanalen verwijderd."];
            default:
                return [];
        }
    }

    /// <summary>Who still has to answer: "goedkeuring van Mark Jansen", "toestemming voor Sanne Bakker (een ouder)".</summary>
    private static List<string> Waiting(IReadOnlyList<ApprovalView> approvals)
    {
        var open = approvals.Where(a => a.State == ApprovalRecordStates.Requested).ToList();
        var result = new List<string>();
        var managers = open.Where(a => a.Kind == "manager").Select(a => a.HolderName ?? "je leidinggevende").Distinct().ToList();
        if (managers.Count > 0)
        {
            result.Add($"goedkeuring van {string.Join(" of ", managers)}");
        }

        foreach (var person in open.Where(a => a.Kind == "consent").GroupBy(a => a.Person))
        {
            var name = person.First().PersonName ?? "iemand op de foto";
            var themself = person.All(a => a.Holder == a.Person);
            result.Add(themself ? $"toestemming van {name} zelf" : $"toestemming voor {name} (van {string.Join(" of ", person.Select(a => a.HolderName ?? "een ouder"))})");
        }

        return result;
    }
}
