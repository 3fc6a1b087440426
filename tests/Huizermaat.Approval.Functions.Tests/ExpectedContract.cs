namespace Huizermaat.Approval.Functions.Tests;

/// <summary>What the app may use beyond the local host's tables: the trigger kinds it is deployed for.</summary>
public static class ExpectedContract
{
    /// <summary>Trigger kinds the app may use; a new kind is a deliberate change to this list (and to infra's settings).</summary>
    public static IReadOnlySet<string> TriggerKinds { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Tests.TriggerKinds.Http,
        Tests.TriggerKinds.Orchestration,
        Tests.TriggerKinds.Activity,
        Tests.TriggerKinds.Entity,
        Tests.TriggerKinds.Timer,
        Tests.TriggerKinds.Queue,
    };
}
