using Huizermaat.Approval.Approvals;

namespace Huizermaat.Approval.Workflow.Activities;

/// <summary>What to tell the author when a draft reaches <paramref name="Stage"/>.</summary>
/// <param name="Actor">Who brought the stage about (the approver who rejected, the holder who refused).</param>
/// <param name="PersonIds">For a refused or withdrawn consent: the people shown it concerns.</param>
/// <param name="Comment">The deciding approver's comment, or the reason consent was withdrawn.</param>
/// <param name="Takedown">The notice ends a takedown (consent withdrawn after publication, or by the author: then <paramref name="Actor"/> is the author).</param>
public sealed record AuthorNotice(
    string DraftId,
    int Revision,
    string AuthorId,
    string Stage,
    string? Detail = null,
    string? Actor = null,
    IReadOnlyList<string>? PersonIds = null,
    string? Comment = null,
    bool Takedown = false)
{
    /// <summary>For <c>needs-changes</c> without blocking findings: why the roster cannot say who must approve.</summary>
    public IReadOnlyList<PlanProblem> Problems { get; init; } = [];
}
