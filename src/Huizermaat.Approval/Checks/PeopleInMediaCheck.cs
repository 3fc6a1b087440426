using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Checks;

/// <summary>A.5: every photo, video or audio item lists the people in it, or states that nobody is identifiable.</summary>
public sealed class PeopleInMediaCheck : IProtocolCheck
{
    public const string Rule = "A.5";

    public IEnumerable<Finding> Check(DraftText draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        foreach (var item in draft.Draft.Media)
        {
            var name = MediaNames.Describe(item);
            if (item.People.Count == 0 && !item.NoIdentifiablePeople)
            {
                var who = item.Kind == MediaKind.Audio ? "wie er te horen zijn" : "wie erop staan";
                yield return new Finding(Rule, Severity.Block,
                    $"{name}: geef aan {who}, of dat niemand herkenbaar is. Iedereen moet toestemming geven.");
            }
            else if (item.People.Count > 0 && item.NoIdentifiablePeople)
            {
                yield return new Finding(Rule, Severity.Block,
                    $"{name}: je noemt mensen én 'niemand herkenbaar'. Kies één van de twee.");
            }
        }
    }
}
