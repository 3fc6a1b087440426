namespace Huizermaat.Approval.Approvals;

/// <summary>The ids of approval steps, as carried by decisions and approval links.</summary>
public static class StepIds
{
    public const string Manager = "manager";

    private const string ConsentPrefix = "consent:";

    public static string Consent(string personId) => ConsentPrefix + personId;

    public static string? ConsentPersonId(string stepId) =>
        stepId.StartsWith(ConsentPrefix, StringComparison.Ordinal) ? stepId[ConsentPrefix.Length..] : null;
}
