using Huizermaat.Approval.Mail;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.DurableTask;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Workflow.Activities;

/// <summary>
/// Mails an approver a fresh single-purpose link (its token stored only as a hash) for a step. The message id
/// is stable for (draft, revision, step, approver, purpose), so a retried activity does not make a second mail.
/// </summary>
public sealed class RequestDecision(
    RosterStore roster,
    ApprovalStore approvals,
    IMailSender mail,
    IOptions<WorkflowOptions> options) : TaskActivity<DecisionRequest, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, DecisionRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var people = await roster.LoadAsync(CancellationToken.None);
        var holder = people.Find(input.HolderId)
            ?? throw new InvalidOperationException($"Approver {input.HolderId} of draft {input.DraftId} is no longer in the roster.");
        var token = ApprovalTokens.New();
        await approvals.RecordRequestAsync(
            new ApprovalRecord(input.DraftId, input.StepId, input.HolderId, input.Revision, input.ContentHash, ApprovalRecordStates.Requested, input.RequestedAt, input.ExpiresAt),
            ApprovalTokens.Hash(token),
            CancellationToken.None);

        var link = new Uri(options.Value.PublicBaseUrl, $"link/{token}");
        var shown = StepIds.ConsentPersonId(input.StepId) is { } personId ? people.Find(personId)?.Name ?? personId : null;
        var message = MailTemplates.DecisionRequest(input, holder, shown, link);
        await mail.SendAsync(
            message with
            {
                CustomArgs = new Dictionary<string, string>
                {
                    [MailArgs.DraftId] = input.DraftId,
                    [MailArgs.StepId] = input.StepId,
                    [MailArgs.MessageId] = $"{input.DraftId}.r{input.Revision}.{input.StepId}.{input.HolderId}.{input.Purpose}".ToLowerInvariant(),
                },
            },
            CancellationToken.None);
        return true;
    }
}
