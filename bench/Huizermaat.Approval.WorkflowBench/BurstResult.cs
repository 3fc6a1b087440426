namespace Huizermaat.Approval.WorkflowBench;

/// <summary>A burst of drafts on one host: did every one end published exactly once, and how long did it take.</summary>
public sealed record BurstResult(
    TaskHubSettings Settings,
    int Drafts,
    int Clicks,
    int Published,
    int PublishedOnce,
    IReadOnlyList<string> Problems,
    TimeSpan SubmitAll,
    TimeSpan Total,
    TimeSpan LastClickToAllEnded,
    IReadOnlyList<TimeSpan> Confirmations,
    double RequestsPerPost);
