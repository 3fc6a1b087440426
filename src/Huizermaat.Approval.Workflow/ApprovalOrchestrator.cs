using Microsoft.DurableTask;

namespace Huizermaat.Approval.Workflow;

/// <summary>
/// One draft from submission to publication (instance id = draft id). See README.md for the stages and events;
/// the decisions themselves are the core's pure functions (<see cref="ApprovalPlanner"/>, <see cref="ApprovalTally"/>,
/// <see cref="StepDeadlines"/>, <see cref="SchoolClock"/>): this class only sequences them.
/// </summary>
public sealed class ApprovalOrchestrator : TaskOrchestrator<ApprovalInput, ApprovalResult>
{
    public override Task<ApprovalResult> RunAsync(TaskOrchestrationContext context, ApprovalInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        return new ApprovalRun(context, input.DraftId).RunAsync(input.Revision);
    }
}
