namespace Huizermaat.Approval.Workflow.Storage;

/// <summary>The emergency stop ("Alles pauzeren"): while <see cref="Paused"/>, no post is published.</summary>
/// <param name="Actor">Who set this state (paused it, or lifted the pause): a roster id or an operator's e-mail address; null before anyone did.</param>
/// <param name="Reason">Why it was paused (the operator's own words); null once lifted.</param>
/// <param name="At">When this state was set.</param>
public sealed record PublishingPause(bool Paused, string? Actor, string? Reason, DateTimeOffset? At)
{
    public static PublishingPause Off { get; } = new(false, null, null, null);
}
