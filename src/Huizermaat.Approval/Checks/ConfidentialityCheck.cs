namespace Huizermaat.Approval.Checks;

/// <summary>A.2 (C.1 on personal posts): confidentiality markers ("vertrouwelijk", "intern", "niet verspreiden") and leaks such as exam answers.</summary>
public sealed class ConfidentialityCheck(ProtocolLexicon lexicon) : IProtocolCheck
{
    public IEnumerable<Finding> Check(DraftText draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var rule = PrivacyRules.Confidentiality(draft.Draft);
        return lexicon.Confidential.Matches(draft.Words).Select(match =>
        {
            var span = draft.SpanOf(match.First, match.Count);
            return Finding.InText(rule, Severity.Block,
                $"'{draft.Slice(span)}' wijst op vertrouwelijke informatie. Die hoort niet online; haal het weg.", span);
        });
    }
}
