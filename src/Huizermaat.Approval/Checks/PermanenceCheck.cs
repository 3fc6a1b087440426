namespace Huizermaat.Approval.Checks;

/// <summary>A.4 / BD.2: the author must acknowledge that what is posted stays online, even after deletion.</summary>
public sealed class PermanenceCheck : IProtocolCheck
{
    public const string Rule = "A.4";

    public IEnumerable<Finding> Check(DraftText draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!draft.Draft.AcknowledgedPermanence)
        {
            yield return new Finding(Rule, Severity.Block,
                "Bevestig dat je weet dat je bericht voor altijd online kan blijven, ook als je het verwijdert.");
        }
    }
}
