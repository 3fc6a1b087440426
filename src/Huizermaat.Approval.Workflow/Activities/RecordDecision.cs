using Huizermaat.Approval.Workflow.Storage;
using Microsoft.DurableTask;

namespace Huizermaat.Approval.Workflow.Activities;

/// <summary>
/// Writes an approver's decision to the approval's record and the audit trail (also one that does not count, saying so).
/// The record is changed only while it is the open request the decision answers: an activity run again late (its host
/// killed before its work item was done, the instance gone on meanwhile) may find the record a newer revision's
/// request, and must leave it open.
/// </summary>
public sealed class RecordDecision(ApprovalStore approvals, AuditLog audit) : TaskActivity<DecisionRecord, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, DecisionRecord input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var decision = input.Decision;
        if (input.Counted
            && await approvals.GetAsync(input.DraftId, decision.StepId, decision.ActorId, CancellationToken.None) is { State: ApprovalRecordStates.Requested } record
            && record.Revision == input.Revision)
        {
            await approvals.SaveAsync(
                record with
                {
                    State = decision.Approved ? ApprovalRecordStates.Approved : ApprovalRecordStates.Refused,
                    DecidedAt = decision.At,
                    Comment = decision.Comment,
                },
                CancellationToken.None);
        }

        var action = (input.Counted, decision.Approved) switch
        {
            (false, _) => "decision:ignored",
            (true, true) => "decision:approved",
            (true, false) => "decision:refused",
        };
        await audit.AppendAsync(
            input.DraftId,
            new AuditEntry($"event-{decision.EventId}", decision.At, decision.ActorId, action, $"{decision.StepId} r{input.Revision}: {decision.Comment}")
            {
                Facts = new Dictionary<string, string>
                {
                    [AuditFacts.Step] = decision.StepId,
                    [AuditFacts.Revision] = input.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    [AuditFacts.Comment] = decision.Comment ?? string.Empty,
                },
            },
            CancellationToken.None);
        return true;
    }
}
