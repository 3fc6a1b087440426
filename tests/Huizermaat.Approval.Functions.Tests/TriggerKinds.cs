namespace Huizermaat.Approval.Functions.Tests;

/// <summary>Binding types of the triggers our app uses, as written in <c>functions.metadata</c>.</summary>
public static class TriggerKinds
{
    public const string Http = "httpTrigger";
    public const string Orchestration = "orchestrationTrigger";
    public const string Activity = "activityTrigger";
    public const string Entity = "entityTrigger";
    public const string Timer = "timerTrigger";
    public const string Queue = "queueTrigger";
}
