using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Checks;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Language;
using Huizermaat.Approval.Mail;
using Huizermaat.Approval.Mail.Templates;
using Huizermaat.Approval.People;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.DurableTask;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Workflow.Activities;

/// <summary>
/// Tells the author what happened to the draft: the points to change, the decision (with the approver's comment and
/// the people a consent was refused for), the steps that expired unanswered, where the post was published, or that it
/// was taken down (when the author took it down themself, their manager is told too). What the mail shows is read
/// from the read model (findings, answers, channels) and the revision as submitted.
/// </summary>
public sealed class NotifyAuthor(
    RosterStore roster,
    DraftStateStore states,
    ApprovalStore approvals,
    ChannelStore channels,
    SubmissionStore submissions,
    WorkflowMail mail,
    IOptions<WorkflowOptions> options) : TaskActivity<AuthorNotice, bool>
{
    private const string AuthorStep = "author";

    public override async Task<bool> RunAsync(TaskActivityContext context, AuthorNotice input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var people = await roster.FindAllAsync(
            new[] { input.AuthorId, input.Actor }.OfType<string>().Concat(input.PersonIds ?? []).Concat(input.Problems.Select(p => p.PersonId)), CancellationToken.None);
        if (people.GetValueOrDefault(input.AuthorId) is not { Email: { } email } author)
        {
            return false;
        }

        var to = new MailAddress(email, author.Name);
        var status = new Uri(options.Value.PublicBaseUrl, $"berichten/{input.DraftId}");
        var step = $"{AuthorStep}:{input.Stage}";
        MailModel model = input.Stage switch
        {
            _ when input.Takedown => await TakedownAsync(input, people, to, step),
            ApprovalStages.NeedsChanges => new NeedsChangesMail(to, input.DraftId, step, await PointsAsync(input, people), status),
            ApprovalStages.Approved => new DecisionMail(to, input.DraftId, step, DecisionOutcome.Approved, string.Empty, null, status, AuthorPosts: true),
            ApprovalStages.Rejected => new DecisionMail(
                to, input.DraftId, step, DecisionOutcome.Rejected, NameOf(people, input.Actor) ?? "Je leidinggevende", input.Comment, status),
            ApprovalStages.ConsentRefused => new DecisionMail(
                to,
                input.DraftId,
                step,
                DecisionOutcome.ConsentRefused,
                DutchText.List((input.PersonIds ?? []).Select(id => NameOf(people, id) ?? "iemand op de foto")),
                input.Actor == "consent-register" ? "Volgens het toestemmingsregister van de school is er geen toestemming voor sociale media." : input.Comment,
                status),
            ApprovalStages.Expired => new ExpiryMail(to, input.DraftId, step, await OutstandingAsync(input), status),
            ApprovalStages.Published or ApprovalStages.PublishFailed => await PublicationAsync(input, to, step),
            _ => new NeedsChangesMail(to, input.DraftId, step, await PointsAsync(input, people), status),
        };
        await mail.SendOnceAsync(input.DraftId, $"{input.DraftId}.r{input.Revision}.author.{input.Stage}", () => Task.FromResult(model), CancellationToken.None);
        if (input.Takedown && input.Actor == input.AuthorId && author.ManagerId is { } managerId
            && await roster.FindAsync(managerId, CancellationToken.None) is { Email: { } managerEmail } manager)
        {
            var told = (TakedownMail)model with
            {
                To = new MailAddress(managerEmail, manager.Name),
                StepId = $"manager:{input.Stage}",
                Reason = string.IsNullOrWhiteSpace(input.Comment)
                    ? $"{author.Name} heeft het bericht zelf verwijderd."
                    : $"{author.Name} heeft het bericht zelf verwijderd: {input.Comment}",
            };
            await mail.SendOnceAsync(input.DraftId, $"{input.DraftId}.r{input.Revision}.manager.{input.Stage}", () => Task.FromResult<MailModel>(told), CancellationToken.None);
        }

        return true;
    }

    private async Task<IReadOnlyList<string>> PointsAsync(AuthorNotice input, IReadOnlyDictionary<string, Person> people)
    {
        var state = await states.GetAsync(input.DraftId, CancellationToken.None);
        var points = (state?.Findings ?? []).Where(Contests.Blocks).Select(f => $"{f.Rule}: {f.Message}").ToList();
        points.AddRange(input.Problems.Select(p => p.Describe(NameOf(people, p.PersonId))));
        return points;
    }

    /// <summary>The steps still open when the revision expired, by the name the author knows.</summary>
    private async Task<IReadOnlyList<string>> OutstandingAsync(AuthorNotice input)
    {
        var steps = (await approvals.ListAsync(input.DraftId, CancellationToken.None))
            .Where(r => r.Revision == input.Revision && r.State == ApprovalRecordStates.Expired)
            .Select(r => r.StepId)
            .Distinct()
            .ToList();
        var shown = await roster.FindAllAsync(steps.Select(StepIds.ConsentPersonId).OfType<string>(), CancellationToken.None);
        return [.. steps.Select(stepId => StepIds.ConsentPersonId(stepId) is { } personId
            ? $"toestemming voor {NameOf(shown, personId) ?? personId}"
            : "goedkeuring door je leidinggevende")];
    }

    private async Task<MailModel> PublicationAsync(AuthorNotice input, MailAddress to, string step)
    {
        var records = (await channels.ListAsync(input.DraftId, CancellationToken.None)).Where(c => c.Revision == input.Revision).ToList();
        return new PublicationMail(
            to,
            input.DraftId,
            step,
            [.. records.Where(c => c is { State: ChannelStore.Published, Url: not null }).Select(c => new PublishedLink(Network(c.Channel), c.Url!))],
            [.. records.Where(c => c.State == ChannelStore.Failed).Select(c => Network(c.Channel))]);
    }

    private async Task<MailModel> TakedownAsync(AuthorNotice input, IReadOnlyDictionary<string, Person> people, MailAddress to, string step)
    {
        var records = (await channels.ListAsync(input.DraftId, CancellationToken.None)).Where(c => c.Revision == input.Revision).ToList();
        var names = DutchText.List((input.PersonIds ?? []).Select(id => NameOf(people, id) ?? "iemand op de foto"));
        var reason = (input.PersonIds ?? []).Count == 0
            ? string.IsNullOrWhiteSpace(input.Comment) ? "Je hebt het bericht zelf verwijderd." : $"Je hebt het bericht zelf verwijderd: {input.Comment}"
            : string.IsNullOrWhiteSpace(input.Comment) ? $"De toestemming voor {names} is ingetrokken." : $"De toestemming voor {names} is ingetrokken: {input.Comment}";
        string postText;
        try
        {
            postText = (await submissions.GetAsync(input.DraftId, input.Revision, CancellationToken.None)).Draft.Text;
        }
        catch (KeyNotFoundException)
        {
            postText = string.Empty;
        }

        return new TakedownMail(
            to,
            input.DraftId,
            step,
            reason,
            [.. records.Where(c => c is { State: ChannelStore.TakenDown, Url: not null }).Select(c => new PublishedLink(Network(c.Channel), c.Url!))],
            [.. records.Where(c => c.State == ChannelStore.Published).Select(c => Network(c.Channel))])
        {
            PostText = postText,
        };
    }

    private static string? NameOf(IReadOnlyDictionary<string, Person> people, string? personId) =>
        personId is null ? null : people.GetValueOrDefault(personId)?.Name;

    private static string Network(string channelName) => ChannelNames.Parse(channelName)?.ToString() ?? channelName;
}
