namespace Huizermaat.Approval.Mail.Templates;

public enum DecisionOutcome
{
    /// <summary>Every approval and consent is in.</summary>
    Approved,

    /// <summary>The manager (or deputy) rejected the post.</summary>
    Rejected,

    /// <summary>A consent holder refused, or the consent register says no.</summary>
    ConsentRefused,
}
