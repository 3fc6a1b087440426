namespace Huizermaat.Approval.Checks;

/// <summary>B.2: the author says whether the post is on behalf of Huizermaat or personal.</summary>
public sealed class CapacityCheck : IProtocolCheck
{
    public const string Rule = "B.2";

    public IEnumerable<Finding> Check(DraftText draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Draft.Capacity is null)
        {
            yield return new Finding(Rule, Severity.Block,
                "Kies of je namens Huizermaat publiceert of op persoonlijke titel.");
        }
    }
}
