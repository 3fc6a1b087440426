using Huizermaat.Approval.Checks;

namespace Huizermaat.Approval.Workflow.Storage;

/// <summary>A finding as a revision's check entry keeps it (<see cref="AuditFacts.Findings"/>); the retention rule empties <see cref="Message"/> (it may quote the text).</summary>
public sealed record AuditedFinding(string Rule, Severity Severity, string Message, bool Contested);
