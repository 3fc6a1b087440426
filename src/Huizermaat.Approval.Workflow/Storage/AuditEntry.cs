namespace Huizermaat.Approval.Workflow.Storage;

/// <summary>One line of a draft's audit trail (A.7): what happened, who did it, when.</summary>
/// <param name="Id">Unique within the draft; writing the same entry twice keeps one.</param>
public sealed record AuditEntry(string Id, DateTimeOffset At, string Actor, string Action, string? Detail = null);
