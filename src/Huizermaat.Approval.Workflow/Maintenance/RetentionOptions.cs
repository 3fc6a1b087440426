namespace Huizermaat.Approval.Workflow.Maintenance;

/// <summary>How long finished workflow instances keep their Durable history (section <c>Retention</c>).</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>
    /// Finished instances (completed, failed, terminated) created longer ago than this lose their Durable history.
    /// The audit trail in Table Storage (A.7) stays: it is what the school keeps.
    /// </summary>
    public TimeSpan DurableHistory { get; set; } = TimeSpan.FromDays(30);
}
