using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Web.Storage;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Storage;

namespace Huizermaat.Approval.Web.Links;

/// <summary>
/// Decides what an e-mail link's token allows, reading only: the token's hash must be stored, the link must not
/// have expired nor been used, it must be for the revision and step the draft is at now, and it must be the last link
/// the approver was sent for the step (a reminder's link replaces an unused link of the request).
/// </summary>
public sealed class LinkValidator(ApprovalStore approvals, DraftStateStore states, SubmissionStore submissions, LinkUseStore uses, TimeProvider time)
{
    /// <summary>Stages in which a consent holder may still take back a consent given.</summary>
    private static readonly HashSet<string> WithdrawableStages =
        [ApprovalStages.AwaitingApprovals, ApprovalStages.Approved, ApprovalStages.Scheduled, ApprovalStages.Paused, ApprovalStages.Published];

    public async Task<LinkCheck> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        if (!LooksLikeToken(token))
        {
            return new LinkCheck(LinkOutcome.Unknown);
        }

        var hash = ApprovalTokens.Hash(token);
        var link = await approvals.FindLinkAsync(hash, cancellationToken).ConfigureAwait(false);
        if (link is null)
        {
            return new LinkCheck(LinkOutcome.Unknown);
        }

        var record = await approvals.GetAsync(link.DraftId, link.StepId, link.HolderId, cancellationToken).ConfigureAwait(false);
        var state = await states.GetAsync(link.DraftId, cancellationToken).ConfigureAwait(false);
        Submission? submission;
        try
        {
            submission = await submissions.GetAsync(link.DraftId, link.Revision, cancellationToken).ConfigureAwait(false);
        }
        catch (KeyNotFoundException)
        {
            return new LinkCheck(LinkOutcome.Unknown);
        }

        var usedFor = await uses.FindAsync(hash, LinkUseStore.Decision, cancellationToken).ConfigureAwait(false);
        LinkCheck With(LinkOutcome outcome) => new(outcome, link, record, state, submission, usedFor);

        if (state is not null && state.Revision != link.Revision)
        {
            return With(LinkOutcome.Outdated);
        }

        // A link never used is replaced by a newer one for the same step; a used link keeps what its use gives (its
        // press repeated after a lost answer, the withdrawal of the consent given with it).
        if (usedFor is null && record?.TokenHash is { } current && current != hash)
        {
            return With(LinkOutcome.Replaced);
        }

        var consentStep = StepIds.ConsentPersonId(link.StepId) is not null;
        if (usedFor is not null || record is { State: not ApprovalRecordStates.Requested })
        {
            var consentGiven = consentStep && (usedFor == "approve" || record?.State == ApprovalRecordStates.Approved) && usedFor != "reject";
            if (consentGiven && state is not null && WithdrawableStages.Contains(state.Stage))
            {
                return await uses.FindAsync(hash, LinkUseStore.ConsentWithdrawal, cancellationToken).ConfigureAwait(false) is null
                    ? With(LinkOutcome.WithdrawConsent)
                    : With(LinkOutcome.ConsentWithdrawn);
            }

            return With(usedFor is not null || record!.State is ApprovalRecordStates.Approved or ApprovalRecordStates.Refused
                ? LinkOutcome.Used
                : record!.State == ApprovalRecordStates.Expired ? LinkOutcome.Expired
                : record.State == ApprovalRecordStates.Voided ? LinkOutcome.Outdated
                : LinkOutcome.Closed);
        }

        if (record is null || record.ContentHash != link.ContentHash)
        {
            return With(LinkOutcome.Outdated);
        }

        if (time.GetUtcNow() >= link.ExpiresAt)
        {
            return With(LinkOutcome.Expired);
        }

        // A link is made for a revision that passed its checks; its mail may arrive before the workflow records the
        // stage as awaiting approvals (a host killed in between leaves it so until the recording runs again, after the
        // queue's visibility timeout), so "checking" of the link's own revision means the same.
        return state is null || state.Stage is ApprovalStages.AwaitingApprovals or ApprovalStages.Checking ? With(LinkOutcome.Decide) : With(LinkOutcome.Closed);
    }

    /// <summary>Our tokens are 43 URL-safe base64 characters; anything else is refused before any lookup.</summary>
    private static bool LooksLikeToken(string token) =>
        token.Length is >= 20 and <= 100 && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
