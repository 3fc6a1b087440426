using Huizermaat.Approval.Approvals;

namespace Huizermaat.Approval.Workflow.Activities;

/// <summary>Ask one approver for one step of one revision, by mail with a link that expires with the step.</summary>
public sealed record DecisionRequest(
    string DraftId,
    int Revision,
    string ContentHash,
    string StepId,
    string HolderId,
    RequestPurpose Purpose,
    DateTimeOffset RequestedAt,
    DateTimeOffset ExpiresAt);
