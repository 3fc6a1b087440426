using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.People;

namespace Huizermaat.Approval.Approvals;

/// <summary>What will happen about someone's consent if an author puts them in a photo, as the form tells the author.</summary>
public enum ConsentOutlookKind
{
    /// <summary>A pupil under the age of consent: a parent or guardian is asked (or all of them).</summary>
    AskGuardians,

    /// <summary>A pupil of the age of consent, or someone else: they are asked themself.</summary>
    AskThemself,

    /// <summary>The consent register says no to social media: the post cannot go out with them.</summary>
    RefusedByRegister,

    /// <summary>Nobody can be asked (no guardian or no e-mail address in the roster).</summary>
    NobodyToAsk,
}

/// <param name="Text">In Dutch, for the author.</param>
public sealed record ConsentOutlook(ConsentOutlookKind Kind, string Text)
{
    /// <summary>By the same rules as <see cref="ApprovalPlanner"/> (it plans a post with only this person in it), on <paramref name="date"/>.</summary>
    public static ConsentOutlook For(Person person, Roster roster, DateOnly date, ApprovalOptions options)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(options);
        var photo = new MediaItem(MediaKind.Photo, string.Empty, [person.Id], NoIdentifiablePeople: false, OwnWork: true);
        var post = new Submission(string.Empty, 1, string.Empty, new Draft(string.Empty, Capacity.Personal, [], true, [photo]), [string.Empty]);
        var plan = ApprovalPlanner.Plan(post, roster, date, options);
        var register = roster.Consent(person.Id, SchoolYear.Of(date), ConsentCategories.SocialMedia) == true
            ? " Het toestemmingsregister staat sociale media toe, maar voor elk bericht wordt het toch gevraagd."
            : string.Empty;
        if (plan.RefusedByRegister.Contains(person.Id))
        {
            return new(ConsentOutlookKind.RefusedByRegister, "Volgens het toestemmingsregister mag deze persoon niet op sociale media: met deze foto kan het bericht niet worden geplaatst.");
        }

        if (plan.Consents.FirstOrDefault(c => c.PersonId == person.Id) is not { } step)
        {
            return new(ConsentOutlookKind.NobodyToAsk, plan.Problems.FirstOrDefault(p => p.PersonId == person.Id || person.Guardians.Contains(p.PersonId)) is { Kind: PlanProblemKind.NoGuardian }
                ? "Er is geen ouder of verzorger met een e-mailadres bekend, dus niemand kan toestemming geven. Vraag het communicatieteam de gegevens aan te vullen."
                : "Deze persoon heeft geen e-mailadres in de administratie en kan dus niet om toestemming worden gevraagd. Vraag het communicatieteam dit aan te vullen.");
        }

        return step.HoldersAreGuardians
            ? new(ConsentOutlookKind.AskGuardians, (step.RequiresAllHolders ? "Alle ouders of verzorgers worden om toestemming gevraagd." : "Een ouder of verzorger wordt om toestemming gevraagd; één antwoord is genoeg.") + register)
            : new(ConsentOutlookKind.AskThemself, (person.Kind == PersonKind.Pupil ? $"Wordt zelf om toestemming gevraagd ({options.AgeOfConsent} jaar of ouder)." : "Wordt zelf om toestemming gevraagd.") + register);
    }
}
