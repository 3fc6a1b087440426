namespace Huizermaat.Approval.Workflow.Storage;

/// <summary>One approver's part in one step of a draft, as the pages show it.</summary>
/// <param name="State">One of <see cref="ApprovalRecordStates"/>.</param>
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
    string? Comment = null);
