namespace Huizermaat.Approval.Workflow;

/// <summary>How a phase of the approval ended other than by going on: a new revision, or an end stage.</summary>
/// <param name="PersonIds">For a refused consent: the people shown it was refused for (named to the author).</param>
/// <param name="Comment">The deciding approver's own words, for the author.</param>
internal sealed record ApprovalInterruption(
    int? NewRevision = null,
    string? EndStage = null,
    string Actor = "system",
    string? Detail = null,
    IReadOnlyList<string>? PersonIds = null,
    string? Comment = null);
