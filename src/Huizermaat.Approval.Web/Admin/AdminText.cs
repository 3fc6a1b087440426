using Huizermaat.Approval.Web.Rendering;

namespace Huizermaat.Approval.Web.Admin;

/// <summary>How the Beheer pages name audit actions and steps, in Dutch.</summary>
public static class AdminText
{
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
        _ => action,
    };

    /// <param name="names">Roster names by person id, to name the pupil a consent step is about.</param>
    public static string Step(string stepId, IReadOnlyDictionary<string, string> names) =>
        stepId == "manager" ? "Leidinggevende"
        : stepId.StartsWith("consent:", StringComparison.Ordinal) ? "Toestemming voor " + names.GetValueOrDefault(stepId["consent:".Length..], stepId["consent:".Length..])
        : stepId;
}
