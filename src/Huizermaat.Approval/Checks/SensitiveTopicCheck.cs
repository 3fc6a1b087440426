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
        Add(findings, draft, personal, rule, lexicon.Health,
            "gaat over iemands gezondheid; dat is privé. Laat het weg of vraag eerst toestemming aan die persoon");
        Add(findings, draft, personal, rule, lexicon.Discipline,
            "gaat over een maatregel tegen iemand; dat is vertrouwelijk. Laat het weg");
        Add(findings, draft, personal, rule, lexicon.Grades,
            "gaat over iemands resultaten; die zijn privé. Laat het weg");

        foreach (var match in GradeNumber().EnumerateMatches(draft.Text))
        {
            var span = new TextSpan(match.Index, match.Length);
            if (personal[draft.SentenceAt(span.Start)])
            {
                findings.Add(Finding.InText(rule, Severity.Block,
                    $"'{draft.Slice(span)}' is iemands cijfer; cijfers van leerlingen zijn privé. Laat het weg.", span));
            }
        }

        return findings;
    }

    private static void Add(List<Finding> findings, DraftText draft, bool[] personal, string rule, WordList list, string what)
    {
        var words = draft.Words;
        foreach (var (first, count) in list.Matches(words))
        {
            if (personal[words[first].Sentence])
            {
                var span = draft.SpanOf(first, count);
                findings.Add(Finding.InText(rule, Severity.Block, $"'{draft.Slice(span)}' {what}.", span));
            }
        }
    }

    // "een 4,5 voor Frans", "a 6 for maths", "gemiddeld een 5,8".
    [GeneratedRegex(@"(?<![\w,.])(?:een|a|gemiddeld)\s+(?:10|[1-9])(?:[.,]\d{1,2})?(?=\s+(?:voor|op|gehaald|gescoord|for|in)\b)", RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex GradeNumber();
}
