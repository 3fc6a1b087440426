using System.Globalization;
using System.Text.Json;
using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Checks;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.DurableTask;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Workflow.Activities;

/// <summary>
/// The first activity of every revision: runs the protocol checks, stores the findings, writes the submission, the
/// check's findings and each block the author contests to the audit trail, and when nothing blocks, plans who must
/// approve from the roster and its consent register.
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

    /// <summary>The audit action of a revision handed in (actor: the author).</summary>
    public const string SubmittedAction = "revision:submitted";

    /// <summary>The audit action of a revision's check (facts: its findings).</summary>
    public const string CheckedAction = "revision:checked";

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
        await AuditAsync(submission, findings, now);

        // Run again late (its host killed before its work item was done), it leaves a newer stage as it is.
        await states.SaveUnlessNewerAsync(
            new DraftState(input.DraftId, submission.AuthorId, input.Revision, ApprovalStages.Checking, now, findings, []) { RecordedAt = input.At ?? now },
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

    /// <summary>The submission, the check and each contested block; each entry's id is fixed by the revision, so a retried activity writes none twice.</summary>
    private async Task AuditAsync(Submission submission, IReadOnlyList<Finding> findings, DateTimeOffset now)
    {
        var revision = submission.Revision.ToString(CultureInfo.InvariantCulture);
        var channels = string.Join(' ', submission.Draft.Channels.Select(c => c.ToName()));
        List<AuditEntry> entries =
        [
            new($"submitted-{revision}", now, submission.AuthorId, SubmittedAction,
                $"revision {revision}: {submission.Draft.Capacity}, {channels}, {submission.MediaIds.Count} media" + (submission.PublishAt is { } at ? $", publish at {at:u}" : string.Empty))
            {
                Facts = new Dictionary<string, string>
                {
                    [AuditFacts.Revision] = revision,
                    [AuditFacts.Channels] = channels,
                    [AuditFacts.Media] = submission.MediaIds.Count.ToString(CultureInfo.InvariantCulture),
                    [AuditFacts.PublishAt] = submission.PublishAt?.ToString("O", CultureInfo.InvariantCulture) ?? string.Empty,
                },
            },
            new($"checked-{revision}", now, AuditActors.System, CheckedAction,
                findings.Count == 0 ? "no findings" : string.Join("; ", findings.Select(f => $"{f.Rule} {f.Severity}{(f.Contest is null ? "" : " (contested)")}")))
            {
                Facts = new Dictionary<string, string>
                {
                    [AuditFacts.Revision] = revision,
                    [AuditFacts.Findings] = JsonSerializer.Serialize(findings.Select(f => new AuditedFinding(f.Rule, f.Severity, f.Message, f.Contest is not null)), StorageJson.Options),
                },
            },
        ];
        foreach (var (finding, index) in findings.Where(f => f.Contest is not null).Select((f, i) => (f, i)))
        {
            var quote = finding.Contest!.Quote is { } q ? $" \u201c{q}\u201d" : string.Empty;
            entries.Add(new AuditEntry($"contest-{revision}-{index}", now, submission.AuthorId, ContestedAction, $"{finding.Rule}{quote}: {finding.Contest.Reason}")
            {
                Facts = new Dictionary<string, string>
                {
                    [AuditFacts.Revision] = revision,
                    [AuditFacts.Rule] = finding.Rule,
                    [AuditFacts.Quote] = finding.Contest.Quote ?? string.Empty,
                    [AuditFacts.Comment] = finding.Contest.Reason,
                },
            });
        }

        var audited = (await audit.ListAsync(submission.DraftId, CancellationToken.None)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => !audited.Contains(e.Id)))
        {
            await audit.AppendAsync(submission.DraftId, entry, CancellationToken.None);
        }
    }
}
