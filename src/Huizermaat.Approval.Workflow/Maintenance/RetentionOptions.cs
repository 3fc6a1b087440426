namespace Huizermaat.Approval.Workflow.Maintenance;

/// <summary>How long finished drafts keep their Durable history and their media (section <c>Retention</c>).</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>
    /// Finished instances (completed, failed, terminated) created longer ago than this lose their Durable history.
    /// The audit trail in Table Storage (A.7) stays: it is what the school keeps.
    /// </summary>
    public TimeSpan DurableHistory { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// The photos, videos and recordings of drafts that ended without staying online (rejected, consent refused,
    /// expired, withdrawn, taken down) are deleted this long after the draft ended; the audit trail keeps the decision.
    /// </summary>
    public TimeSpan UnpublishedMedia { get; set; } = TimeSpan.FromDays(30);
}
