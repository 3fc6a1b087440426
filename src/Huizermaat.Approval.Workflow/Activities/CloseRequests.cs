using Huizermaat.Approval.Workflow.Storage;
using Microsoft.DurableTask;

namespace Huizermaat.Approval.Workflow.Activities;

/// <summary>
/// Marks open requests expired or closed when a draft ends, and every request and answer void when it is revised. Only
/// those of the revision it was called for (or earlier): run again late (its host killed before its work item was
/// done), the voiding of a revised draft's requests must not void the new revision's.
/// </summary>
public sealed class CloseRequests(ApprovalStore approvals) : TaskActivity<RequestClosure, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, RequestClosure input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var changed = 0;
        foreach (var record in await approvals.ListAsync(input.DraftId, CancellationToken.None))
        {
            if (record.Revision > input.Revision)
            {
                continue;
            }

            var open = record.State == ApprovalRecordStates.Requested;
            var answered = record.State is ApprovalRecordStates.Approved or ApprovalRecordStates.Refused;
            if (open || (input.IncludeAnswered && answered))
            {
                await approvals.SaveAsync(record with { State = input.State }, CancellationToken.None);
                changed++;
            }
        }

        return changed;
    }
}
