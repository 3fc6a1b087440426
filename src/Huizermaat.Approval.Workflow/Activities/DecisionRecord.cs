using Huizermaat.Approval.Approvals;

namespace Huizermaat.Approval.Workflow.Activities;

/// <param name="Counted">False when the decision came for another revision or from someone not (or no longer) entitled.</param>
public sealed record DecisionRecord(string DraftId, int Revision, Decision Decision, bool Counted);
