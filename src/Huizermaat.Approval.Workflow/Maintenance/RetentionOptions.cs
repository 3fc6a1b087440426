namespace Huizermaat.Approval.Workflow.Maintenance;

/// <summary>How long finished drafts keep their Durable history and their content (section <c>Retention</c>).</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>
    /// Finished instances (completed, failed, terminated) created longer ago than this lose their Durable history.
    /// The audit trail in Table Storage (A.7) stays: it is what the school keeps.
    /// </summary>
    public TimeSpan DurableHistory { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// The content of drafts that ended without staying online (rejected, consent refused, expired, withdrawn, taken
    /// down): every revision's text and people shown, and its photos, videos and recordings, is deleted this long
    /// after the draft ended (<see cref="UnpublishedContentPurge"/>); the audit trail keeps the decision.
    /// </summary>
    public TimeSpan UnpublishedContent { get; set; } = TimeSpan.FromDays(30);
}
