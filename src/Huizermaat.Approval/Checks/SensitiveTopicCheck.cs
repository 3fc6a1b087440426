using System.Text.RegularExpressions;

namespace Huizermaat.Approval.Checks;

/// <summary>
/// A.1 / C.1: health and medical information (staff illness too), disciplinary measures and a pupil's
/// results, about someone the sentence names. The same topic without a person ("Ziek? Meld je af")
/// is no finding.
/// </summary>
public sealed partial class SensitiveTopicCheck(ProtocolLexicon lexicon) : IProtocolCheck
{
    public IEnumerable<Finding> Check(DraftText draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var rule = PrivacyRules.PersonalData(draft.Draft);
        var personal = PersonMentions.BySentence(draft, lexicon);
        var findings = new List<Finding>();
        Add(findings, draft, personal, rule, lexicon, lexicon.Health,
            "gaat over iemands gezondheid; dat is privé. Laat het weg of vraag eerst toestemming aan die persoon");
        Add(findings, draft, personal, rule, lexicon, lexicon.Discipline,
            "gaat over een maatregel tegen iemand; dat is vertrouwelijk. Laat het weg");
        Add(findings, draft, personal, rule, lexicon, lexicon.Grades,
            "gaat over iemands resultaten; die zijn privé. Laat het weg");

        // Tried only where a word "een", "a" or "gemiddeld" starts.
        foreach (var word in draft.Words)
        {
            if (word.Normalized is not ("een" or "a" or "gemiddeld") || !personal[word.Sentence]
                || (word.Span.Start > 0 && draft.Text[word.Span.Start - 1] is ',' or '.' or '_')
                || GradeNumber().Match(draft.Text, word.Span.Start) is not { Success: true } match)
            {
                continue;
            }

            var span = new TextSpan(match.Index, match.Length);
            if (personal[word.Sentence])
            {
                findings.Add(Finding.InText(rule, Severity.Block,
                    $"'{draft.Slice(span)}' is iemands cijfer; cijfers van leerlingen zijn privé. Laat het weg.", span));
            }
        }

        return findings;
    }

    private static void Add(List<Finding> findings, DraftText draft, bool[] personal, string rule, ProtocolLexicon lexicon, WordList list, string what)
    {
        var words = draft.Words;
        foreach (var (first, count) in lexicon.Matches(draft, list))
        {
            if (personal[words[first].Sentence])
            {
                var span = draft.SpanOf(first, count);
                findings.Add(Finding.InText(rule, Severity.Block, $"'{draft.Slice(span)}' {what}.", span));
            }
        }
    }

    // "een 4,5 voor Frans", "a 6 for maths", "gemiddeld een 5,8".
    [GeneratedRegex(@"\G(?:een|a|gemiddeld)\s+(?:10|[1-9])(?:[.,]\d{1,2})?(?=\s+(?:voor|op|gehaald|gescoord|for|in)\b)", RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex GradeNumber();
}
