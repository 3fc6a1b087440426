using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Checks;
using Huizermaat.Approval.Language;
using Huizermaat.Approval.Mail;
using Huizermaat.Approval.Mail.Templates;
using Huizermaat.Approval.Media;
using Huizermaat.Approval.People;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.DurableTask;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Workflow.Activities;

/// <summary>
/// Mails an approver a fresh single-purpose link (its token stored only as a hash) for a step: the manager's request
/// with the author, the post's text, its channels and what the protocol check found (warnings, contested blocks); a
/// consent request naming the person shown, with thumbnails of the photos they appear in (formal to a guardian); a
/// reminder; the escalation to the deputy. The revision is read from the submission
/// store (large data goes by id). The message id is stable for (draft, revision, step, approver, purpose), and
/// <see cref="WorkflowMail"/> sends it at most once: a retry of an activity whose mail was attempted neither mails
/// again nor replaces the link's token (the link in the mail that went out keeps working).
/// </summary>
public sealed class RequestDecision(
    RosterStore roster,
    SubmissionStore submissions,
    ApprovalStore approvals,
    DraftStateStore states,
    IMediaStore media,
    WorkflowMail mail,
    IOptions<WorkflowOptions> options) : TaskActivity<DecisionRequest, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, DecisionRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var submission = await submissions.GetAsync(input.DraftId, input.Revision, CancellationToken.None);
        var personId = StepIds.ConsentPersonId(input.StepId);
        var people = await roster.FindAllAsync(new[] { input.HolderId, submission.AuthorId, personId }.OfType<string>(), CancellationToken.None);
        var holder = people.GetValueOrDefault(input.HolderId)
            ?? throw new InvalidOperationException($"Approver {input.HolderId} of draft {input.DraftId} is no longer in the roster.");
        var email = holder.Email
            ?? throw new InvalidOperationException($"Approver {input.HolderId} of draft {input.DraftId} has no e-mail address in the roster.");
        var messageId = $"{input.DraftId}.r{input.Revision}.{input.StepId}.{input.HolderId}.{input.Purpose}".ToLowerInvariant();
        await mail.SendOnceAsync(input.DraftId, messageId, () => ComposeAsync(input, submission, new MailAddress(email, holder.Name), people), CancellationToken.None);
        return true;
    }

    /// <summary>Creates the link's token, records the request with its hash and renders the mail that carries the link.</summary>
    private async Task<MailModel> ComposeAsync(DecisionRequest input, Submission submission, MailAddress to, IReadOnlyDictionary<string, Person> people)
    {
        var personId = StepIds.ConsentPersonId(input.StepId);
        var author = people.GetValueOrDefault(submission.AuthorId);
        var authorName = author?.Name ?? submission.AuthorId;
        var personName = personId is null ? null : people.GetValueOrDefault(personId)?.Name ?? personId;
        var token = ApprovalTokens.New();
        await approvals.RecordRequestAsync(
            new ApprovalRecord(input.DraftId, input.StepId, input.HolderId, input.Revision, input.ContentHash, ApprovalRecordStates.Requested, input.RequestedAt, input.ExpiresAt),
            ApprovalTokens.Hash(token),
            CancellationToken.None);

        var link = new Uri(options.Value.PublicBaseUrl, $"link/{token}");
        var channels = submission.Draft.Channels.Select(DutchText.ChannelName).ToList();
        return (input.Purpose, personId) switch
        {
            (RequestPurpose.Reminder, _) => new ReminderMail(to, input.DraftId, input.StepId, authorName, personName, link, input.ExpiresAt)
            {
                Formal = personId is not null && personId != input.HolderId,
            },
            (RequestPurpose.Escalation, _) => new EscalationMail(
                to, input.DraftId, input.StepId, await ManagerNameAsync(author), authorName, submission.Draft.Text, link, input.ExpiresAt)
            {
                Remarks = await RemarksAsync(input.DraftId),
            },
            (_, null) => new ManagerRequestMail(
                to, input.DraftId, input.StepId, authorName, submission.Draft.Text, channels, link, input.ExpiresAt)
            {
                Remarks = await RemarksAsync(input.DraftId),
            },
            (_, { } shown) => new ConsentRequestMail(
                to,
                input.DraftId,
                input.StepId,
                personName!,
                AskingThePersonThemself: input.HolderId == shown,
                authorName,
                submission.Draft.Text,
                await MailImages.ThumbnailsAsync(media, MediaShowing(submission, shown), CancellationToken.None),
                link,
                input.ExpiresAt)
            {
                Channels = channels,
                MediaShown = [.. submission.Draft.Media.Where(m => m.People.Contains(shown)).Select(m => m.Kind)],
            },
        };
    }

    /// <summary>The check's findings a manager weighs, in Dutch: warnings, and blocks the author contests with the reason.</summary>
    private async Task<IReadOnlyList<string>> RemarksAsync(string draftId)
    {
        var findings = (await states.GetAsync(draftId, CancellationToken.None))?.Findings ?? [];
        return [.. findings.Where(f => f.Contest is not null || f.Severity == Severity.Warn).Select(f => f.Contest is { } contest
            ? $"Betwist door de auteur: {f.Message} ({f.Rule}). Reden van de auteur: \u201c{contest.Reason}\u201d"
            : $"{f.Message} ({f.Rule})")];
    }

    /// <summary>The stored media the person appears in, in the draft's order.</summary>
    private static IEnumerable<string> MediaShowing(Submission submission, string personId) =>
        submission.Draft.Media.Zip(submission.MediaIds).Where(pair => pair.First.People.Contains(personId)).Select(pair => pair.Second);

    private async Task<string> ManagerNameAsync(Person? author) =>
        author?.ManagerId is { } managerId ? (await roster.FindAsync(managerId, CancellationToken.None))?.Name ?? managerId : "De leidinggevende";
}
