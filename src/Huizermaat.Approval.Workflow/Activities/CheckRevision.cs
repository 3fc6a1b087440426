using Huizermaat.Approval.Checks;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.DurableTask;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Workflow.Activities;

/// <summary>
/// The first activity of every revision: runs the protocol checks, stores the findings, writes each block the author
/// contests to the audit trail, and when nothing blocks, plans who must approve from the roster and its consent register.
/// </summary>
public sealed class CheckRevision(
    SubmissionStore submissions,
    RosterStore roster,
    DraftStateStore states,
    AuditLog audit,
    ProtocolChecker checker,
    IOptions<ApprovalOptions> options,
    TimeProvider time) : TaskActivity<RevisionRef, CheckedRevision>
{
    /// <summary>The audit action of a block the author contests (detail: the rule, the quoted text and the reason).</summary>
    public const string ContestedAction = "finding:contested";

    public override async Task<CheckedRevision> RunAsync(TaskActivityContext context, RevisionRef input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var submission = await submissions.GetAsync(input.DraftId, input.Revision, CancellationToken.None);
        var findings = checker.Check(submission.Draft);
        var blocking = findings.Count(Contests.Blocks);
        var settings = options.Value;
        ApprovalPlan? plan = null;
        if (blocking == 0)
        {
            var publishDate = SchoolClock.LocalDate(submission.PublishAt ?? time.GetUtcNow(), settings);
            plan = ApprovalPlanner.Plan(submission, await roster.LoadAsync(CancellationToken.None), publishDate, settings);
        }

        var now = time.GetUtcNow();
        var contested = findings.Where(f => f.Contest is not null).ToList();
        var audited = contested.Count == 0
            ? []
            : (await audit.ListAsync(input.DraftId, CancellationToken.None)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (finding, index) in contested.Select((f, i) => (f, i)))
        {
            // The entry's id is fixed by the revision and the finding: a retried activity does not write it twice.
            if (audited.Contains($"contest-{input.Revision}-{index}"))
            {
                continue;
            }

            var quote = finding.Contest!.Quote is { } q ? $" \u201c{q}\u201d" : string.Empty;
            await audit.AppendAsync(
                input.DraftId,
                new AuditEntry($"contest-{input.Revision}-{index}", now, submission.AuthorId, ContestedAction, $"{finding.Rule}{quote}: {finding.Contest.Reason}"),
                CancellationToken.None);
        }

        await states.SaveAsync(
            new DraftState(input.DraftId, submission.AuthorId, input.Revision, ApprovalStages.Checking, now, findings, []),
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
