using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Storage;

namespace Huizermaat.Approval.Web.Links;

/// <summary>A validated link: its outcome and, when the token is ours, what it grants and the post it is about.</summary>
public sealed record LinkCheck(
    LinkOutcome Outcome,
    ApprovalLink? Link = null,
    ApprovalRecord? Record = null,
    DraftState? State = null,
    Submission? Submission = null,
    string? UsedFor = null);
