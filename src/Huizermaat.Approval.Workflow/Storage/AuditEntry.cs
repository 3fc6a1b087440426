namespace Huizermaat.Approval.Workflow.Storage;

/// <summary>One line of a draft's audit trail (A.7): what happened, who did it, when.</summary>
/// <param name="Id">Unique within the draft; writing the same entry twice keeps one (<see cref="AuditLog.ListAsync"/> keeps the first).</param>
/// <param name="Actor">A roster id, an operator's e-mail address, or one of <see cref="AuditActors"/>.</param>
/// <param name="Detail">What happened, in English, for logs and investigations; the pages say it in Dutch from <see cref="Facts"/>.</param>
public sealed record AuditEntry(string Id, DateTimeOffset At, string Actor, string Action, string? Detail = null)
{
    /// <summary>What the entry is about, by the names of <see cref="AuditFacts"/> (the revision, the step, the channel, the mail …).</summary>
    public IReadOnlyDictionary<string, string> Facts { get; init; } = new Dictionary<string, string>();
}
