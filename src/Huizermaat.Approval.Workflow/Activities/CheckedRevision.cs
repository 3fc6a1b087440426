using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Workflow.Activities;

/// <summary>
/// The result of checking a revision: what the orchestrator needs to sequence it, including a snapshot of
/// the options (recorded in the history, so a replay sees the same durations).
/// </summary>
/// <param name="Plan">Null when blocking findings stop the revision before anyone is asked.</param>
public sealed record CheckedRevision(
    int Revision,
    string AuthorId,
    string ContentHash,
    Capacity? Capacity,
    IReadOnlyList<Channel> Channels,
    DateTimeOffset? PublishAt,
    int BlockingFindings,
    ApprovalPlan? Plan,
    ApprovalOptions Options);
