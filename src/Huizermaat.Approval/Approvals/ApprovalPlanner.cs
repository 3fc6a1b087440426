using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.People;

namespace Huizermaat.Approval.Approvals;

/// <summary>Decides who must approve a revision (B.3, A.5), from the roster and its consent register.</summary>
public static class ApprovalPlanner
{
    /// <param name="publishDate">The school-local date the post will appear: ages and the school year are taken on it.</param>
    public static ApprovalPlan Plan(Submission submission, Roster roster, DateOnly publishDate, ApprovalOptions options)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(options);

        var problems = new List<PlanProblem>();
        var manager = PlanManager(submission, roster, problems);
        var consents = new List<ConsentStep>();
        var refused = new List<string>();
        var schoolYear = SchoolYear.Of(publishDate);

        foreach (var personId in submission.Draft.Media.SelectMany(m => m.People).Distinct(StringComparer.Ordinal))
        {
            var person = roster.Find(personId);
            if (person is null)
            {
                problems.Add(new PlanProblem(PlanProblemKind.UnknownPerson, personId));
                continue;
            }

            if (roster.Consent(personId, schoolYear, ConsentCategories.SocialMedia) == false)
            {
                refused.Add(personId);
                continue;
            }

            var step = PlanConsent(person, roster, publishDate, options, problems);
            if (step is not null)
            {
                consents.Add(step);
            }
        }

        return new ApprovalPlan(manager, consents, refused, problems);
    }

    private static ManagerStep? PlanManager(Submission submission, Roster roster, List<PlanProblem> problems)
    {
        var author = roster.Find(submission.AuthorId);
        if (author is not { Kind: PersonKind.Staff })
        {
            problems.Add(new PlanProblem(PlanProblemKind.UnknownAuthor, submission.AuthorId));
            return null;
        }

        // A draft without a capacity is blocked by the checks (B.2); should one get here, it is treated as official.
        var official = submission.Draft.Capacity != Capacity.Personal;
        if (!official && !submission.AskManagerAdvice)
        {
            return null;
        }

        var manager = author.ManagerId is { } managerId ? roster.Find(managerId) : null;
        if (manager is null)
        {
            problems.Add(new PlanProblem(PlanProblemKind.NoManager, author.Id));
            return null;
        }

        if (string.IsNullOrWhiteSpace(manager.Email))
        {
            problems.Add(new PlanProblem(PlanProblemKind.NoEmail, manager.Id));
            return null;
        }

        var deputy = author.DeputyId is { } deputyId ? roster.Find(deputyId) : null;
        var usableDeputy = deputy is not null && !string.IsNullOrWhiteSpace(deputy.Email) && deputy.Id != manager.Id ? deputy.Id : null;
        return new ManagerStep(manager.Id, usableDeputy, AdviceOnly: !official);
    }

    private static ConsentStep? PlanConsent(
        Person person, Roster roster, DateOnly publishDate, ApprovalOptions options, List<PlanProblem> problems)
    {
        // A pupil without a known birth date is treated as under age: silence about age is not consent either.
        var minor = person.Kind == PersonKind.Pupil && !(person.AgeOn(publishDate) >= options.AgeOfConsent);
        if (!minor)
        {
            if (string.IsNullOrWhiteSpace(person.Email))
            {
                problems.Add(new PlanProblem(PlanProblemKind.NoEmail, person.Id));
                return null;
            }

            return new ConsentStep(person.Id, [person.Id], RequiresAllHolders: false);
        }

        var guardians = person.Guardians.Select(roster.Find).OfType<Person>().ToList();
        var reachable = guardians.Where(g => !string.IsNullOrWhiteSpace(g.Email)).Select(g => g.Id).ToList();
        if (reachable.Count == 0)
        {
            problems.Add(new PlanProblem(PlanProblemKind.NoGuardian, person.Id));
            return null;
        }

        if (options.ConsentFromAllGuardians && reachable.Count < guardians.Count)
        {
            problems.AddRange(guardians.Where(g => !reachable.Contains(g.Id)).Select(g => new PlanProblem(PlanProblemKind.NoEmail, g.Id)));
            return null;
        }

        return new ConsentStep(person.Id, reachable, options.ConsentFromAllGuardians) { HoldersAreGuardians = true };
    }
}
