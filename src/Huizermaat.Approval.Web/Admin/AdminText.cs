using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Language;
using Huizermaat.Approval.Web.Rendering;

namespace Huizermaat.Approval.Web.Admin;

/// <summary>How the Beheer pages name audit actions and steps, in Dutch.</summary>
public static class AdminText
{
    /// <summary>Someone the roster does not know (any more); their id stays in the data and the logs.</summary>
    public const string Unknown = "iemand die niet (meer) in de lijst staat";

    /// <summary>A channel by its name as people write it (<c>linkedin</c> → LinkedIn).</summary>
    public static string Channel(string name) => ChannelNames.Parse(name) is { } channel ? DutchText.ChannelName(channel) : name;

    public static string Action(string action) => action switch
    {
        _ when action.StartsWith("stage:", StringComparison.Ordinal) => "Fase: " + DutchNames.Stage(action["stage:".Length..]),
        AdminPagesHandler.RetryAction => "Opnieuw geprobeerd door beheer",
        AdminPagesHandler.HandledAction => "Fout afgehandeld door beheer",
        "consent-withdrawn-after-publication" => "Toestemming ingetrokken na publicatie",
        Mail.SendGridEventsHandler.BouncedAction => "E-mail niet bezorgd (geweigerd door de ontvangende server)",
        Mail.SendGridEventsHandler.DroppedAction => "E-mail niet verstuurd (adres geblokkeerd bij SendGrid)",
        Workflow.Maintenance.UnpublishedContentPurge.AuditAction => "Tekst en media verwijderd (bewaartermijn)",
        "decision:approved" => "Goedgekeurd",
        "decision:refused" => "Geweigerd",
        "decision:ignored" => "Antwoord telt niet (andere versie of niet bevoegd)",
        Workflow.Activities.CheckRevision.ContestedAction => "Bevinding betwist door de auteur",
        Workflow.Activities.CheckRevision.SubmittedAction => "Ingediend",
        Workflow.Activities.CheckRevision.CheckedAction => "Controle op het protocol",
        Workflow.WorkflowMail.SentAction => "E-mail verstuurd",
        Workflow.WorkflowMail.PossiblyNotDeliveredAction => "E-mail misschien niet verstuurd",
        Mail.SendGridEventsHandler.DeliveredAction => "E-mail bezorgd",
        Workflow.Activities.ChannelAudit.PublishedAction => "Geplaatst",
        Workflow.Activities.ChannelAudit.FailedAction => "Plaatsen mislukt",
        Workflow.Activities.ChannelAudit.TakenDownAction => "Verwijderd van het kanaal",
        _ => action,
    };

    /// <param name="names">Roster names by person id, to name the pupil a consent step is about.</param>
    public static string Step(string stepId, IReadOnlyDictionary<string, string> names) =>
        stepId == "manager" ? "Leidinggevende"
        : stepId.StartsWith("consent:", StringComparison.Ordinal) ? "Toestemming voor " + names.GetValueOrDefault(stepId["consent:".Length..], Unknown)
        : "Antwoord";
}
