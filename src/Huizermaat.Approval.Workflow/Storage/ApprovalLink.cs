namespace Huizermaat.Approval.Workflow.Storage;

/// <summary>
/// What an e-mail link's capability token grants: one approver, one step, one revision of one draft, until
/// <see cref="ExpiresAt"/>. Stored under the token's hash only (<see cref="ApprovalTokens.Hash"/>).
/// </summary>
public sealed record ApprovalLink(
    string TokenHash,
    string DraftId,
    int Revision,
    string StepId,
    string HolderId,
    string ContentHash,
    DateTimeOffset ExpiresAt);
