namespace Huizermaat.Approval.Checks;

/// <summary>BD.5: internal work matters (reorganisatie, ontslag, klachten, incidenten): be extra careful.</summary>
public sealed class InternalMattersCheck(ProtocolLexicon lexicon) : IProtocolCheck
{
    public const string Rule = "BD.5";

    public IEnumerable<Finding> Check(DraftText draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return lexicon.Matches(draft, lexicon.InternalMatters).Select(match =>
        {
            var span = draft.SpanOf(match.First, match.Count);
            return Finding.InText(Rule, Severity.Warn,
                $"'{draft.Slice(span)}' is een werkgerelateerd onderwerp. Wees extra voorzichtig en onderbouw wat je schrijft.", span);
        });
    }
}
