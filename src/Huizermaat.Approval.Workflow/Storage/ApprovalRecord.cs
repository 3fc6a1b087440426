namespace Huizermaat.Approval.Workflow.Storage;

/// <summary>One approver's part in one step of a draft, as the pages show it.</summary>
/// <param name="State">One of <see cref="ApprovalRecordStates"/>.</param>
/// <param name="TokenHash">
/// The hash of the token of the last link mailed for this step to this approver: the only one of their links for it
/// that still works (a reminder's link replaces the request's). Null in records written before it was kept.
/// </param>
public sealed record ApprovalRecord(
    string DraftId,
    string StepId,
    string HolderId,
    int Revision,
    string ContentHash,
    string State,
    DateTimeOffset RequestedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? DecidedAt = null,
    string? Comment = null,
    string? TokenHash = null);
