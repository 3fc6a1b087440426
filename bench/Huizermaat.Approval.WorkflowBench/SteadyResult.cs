namespace Huizermaat.Approval.WorkflowBench;

/// <summary>What one setting cost idle and per approved post, and how quickly it answered.</summary>
/// <param name="PerPostWindow">Requests from submission until the instance ended, per post.</param>
/// <param name="PerPostMarginal">Requests above the idle rate over the whole posts phase, including the back-off tail, per post.</param>
/// <param name="PerPostDevelopmentSinks">Of <paramref name="PerPostWindow"/>: the development mailbox and publisher (SendGrid and the networks in production).</param>
public sealed record SteadyResult(
    TaskHubSettings Settings,
    double IdlePerHour,
    double PerPostWindow,
    double PerPostMarginal,
    double PerPostDevelopmentSinks,
    IReadOnlyList<TimeSpan> SubmitToMailed,
    IReadOnlyList<TimeSpan> Confirmations,
    IReadOnlyList<TimeSpan> LastApprovalToPublish,
    IReadOnlyDictionary<string, long> IdleByResource);
