using Huizermaat.Approval.Checks;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.DurableTask;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Workflow.Activities;

/// <summary>
/// The first activity of every revision: runs the protocol checks, stores the findings, and when nothing
/// blocks, plans who must approve from the roster and its consent register.
/// </summary>
public sealed class CheckRevision(
    SubmissionStore submissions,
    RosterStore roster,
    DraftStateStore states,
    ProtocolChecker checker,
    IOptions<ApprovalOptions> options,
    TimeProvider time) : TaskActivity<RevisionRef, CheckedRevision>
{
    public override async Task<CheckedRevision> RunAsync(TaskActivityContext context, RevisionRef input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var submission = await submissions.GetAsync(input.DraftId, input.Revision, CancellationToken.None);
        var findings = checker.Check(submission.Draft);
        var blocking = findings.Count(f => f.Severity == Severity.Block);
        var settings = options.Value;
        ApprovalPlan? plan = null;
        if (blocking == 0)
        {
            var publishDate = SchoolClock.LocalDate(submission.PublishAt ?? time.GetUtcNow(), settings);
            plan = ApprovalPlanner.Plan(submission, await roster.LoadAsync(CancellationToken.None), publishDate, settings);
        }

        await states.SaveAsync(
            new DraftState(input.DraftId, submission.AuthorId, input.Revision, ApprovalStages.Checking, time.GetUtcNow(), findings, []),
            CancellationToken.None);

        return new CheckedRevision(
            input.Revision,
            submission.AuthorId,
            RevisionHash.Compute(submission),
            submission.Draft.Capacity,
            submission.Draft.Channels,
            submission.PublishAt,
            blocking,
            plan,
            settings);
    }
}
