using Huizermaat.Approval.Checks;

namespace Huizermaat.Approval.Workflow.Storage;

/// <summary>What the pages show of a draft: its stage (see <see cref="ApprovalStages"/>), findings and open steps.</summary>
/// <param name="Detail">For an end state: the comment of the approver who rejected, the people refused, and so on.</param>
/// <param name="ContentDeletedAt">When the retention rule deleted the draft's text and media (it ended offline); null while they exist.</param>
public sealed record DraftState(
    string DraftId,
    string AuthorId,
    int Revision,
    string Stage,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<string> PendingStepIds,
    string? Detail = null,
    DateTimeOffset? ContentDeletedAt = null)
{
    /// <summary>Who brought the stage about: a person id, or <c>system</c>, <c>consent-register</c>, <c>sendgrid</c>.</summary>
    public string? Actor { get; init; }

    /// <summary>For an end stage: the deciding person's own words (a rejection's comment, why consent was withdrawn).</summary>
    public string? Comment { get; init; }

    /// <summary>For a refused or withdrawn consent: the people shown it concerns.</summary>
    public IReadOnlyList<string> PersonIds { get; init; } = [];

    /// <summary>
    /// The orchestration's time of the write that made this state: with <see cref="Revision"/> its place in the draft's
    /// order, so an activity run again late (its host killed before its work item was done) cannot write an older
    /// state over a newer one (<see cref="DraftStateStore.SaveUnlessNewerAsync"/>).
    /// </summary>
    public DateTimeOffset? RecordedAt { get; init; }
}
