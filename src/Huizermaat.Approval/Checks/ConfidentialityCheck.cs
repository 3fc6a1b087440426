namespace Huizermaat.Approval.Checks;

/// <summary>
/// A.2 (C.1 on personal posts): confidentiality markers in a confidential sense ("strikt vertrouwelijk", "interne
/// notitie", "niet verspreiden", a label such as "Vertrouwelijk:" or "INTERN") and leaks such as exam answers. The
/// bare words are ordinary: "intern begeleider", "een geheime zender", "we behandelen uw gegevens vertrouwelijk".
/// </summary>
public sealed class ConfidentialityCheck(ProtocolLexicon lexicon) : IProtocolCheck
{
    public IEnumerable<Finding> Check(DraftText draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var rule = PrivacyRules.Confidentiality(draft.Draft);
        var findings = new List<Finding>();
        var labels = lexicon.Index.BitOf(lexicon.ConfidentialLabels);
        var masks = draft.Masks(lexicon.Index);
        var matches = lexicon.Matches(draft, lexicon.Confidential).ToDictionary(static m => m.First, static m => m.Count);
        for (var i = 0; i < masks.Length; i++)
        {
            var count = matches.GetValueOrDefault(i);
            if (count == 0 && (masks[i].Words & labels) != 0 && IsLabel(draft, i))
            {
                count = 1;
            }

            if (count > 0)
            {
                var span = draft.SpanOf(i, count);
                findings.Add(Finding.InText(rule, Severity.Block,
                    $"'{draft.Slice(span)}' wijst op vertrouwelijke informatie. Die hoort niet online; haal het weg.", span));
                i += count - 1;
            }
        }

        return findings;
    }

    /// <summary>"Vertrouwelijk: …", "Intern, niet verspreiden", "[intern]", "VERTROUWELIJK".</summary>
    private static bool IsLabel(DraftText draft, int index)
    {
        var word = draft.Words[index];
        var raw = draft.Text.AsSpan(word.Span.Start, word.Span.Length);
        if (raw.Length >= 4 && !raw.ContainsAnyInRange('a', 'z'))
        {
            return true;
        }

        var before = word.Span.Start > 0 ? draft.Text[word.Span.Start - 1] : '\0';
        if (before is '[' or '(')
        {
            return true;
        }

        var startsSentence = index == 0 || draft.Words[index - 1].Sentence != word.Sentence;
        return startsSentence && draft.CharAfter(word) is ':' or ',' or '-' or '–';
    }
}
