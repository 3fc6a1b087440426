namespace Huizermaat.Approval.Approvals;

/// <param name="PersonId">The person the problem is about (the author, a person shown, or an approver).</param>
public sealed record PlanProblem(PlanProblemKind Kind, string PersonId)
{
    /// <summary>The problem as the author reads it, in Dutch, naming the person (<paramref name="name"/>, null when the roster does not know them).</summary>
    public string Describe(string? name) => Kind switch
    {
        PlanProblemKind.UnknownAuthor => "Je staat niet als personeelslid in de administratie van de school. Vraag het communicatieteam je toe te voegen.",
        PlanProblemKind.NoManager => "Bij je naam staat geen leidinggevende in de administratie, en een bericht namens de school moet door je leidinggevende worden goedgekeurd. Vraag het communicatieteam dit aan te vullen.",
        PlanProblemKind.UnknownPerson => "Iemand die je bij de media hebt gekozen, staat niet (meer) in de administratie. Kies de mensen op de foto opnieuw.",
        PlanProblemKind.NoGuardian => $"Van {name ?? "een leerling op de foto"} is geen ouder of verzorger met een e-mailadres bekend, dus niemand kan toestemming geven. Haal de foto weg of vraag het communicatieteam de gegevens aan te vullen.",
        _ => $"{name ?? "Iemand die moet beslissen"} heeft geen e-mailadres in de administratie en kan dus niet worden gevraagd. Vraag het communicatieteam dit aan te vullen.",
    };
}
