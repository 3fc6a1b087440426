using System.Text.RegularExpressions;

namespace Huizermaat.Approval.Checks;

/// <summary>A.1 / C.1: a date of birth ("geboren op 12 maart 2009", "geb. 12-03-2009", "date of birth: …").</summary>
public sealed partial class DateOfBirthCheck : IProtocolCheck
{
    public IEnumerable<Finding> Check(DraftText draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var rule = PrivacyRules.PersonalData(draft.Draft);
        foreach (Match match in BirthDate().Matches(draft.Text))
        {
            var span = new TextSpan(match.Index, match.Length);
            yield return Finding.InText(rule, Severity.Block,
                $"'{draft.Slice(span)}' is een geboortedatum. Die is privé; haal hem weg.", span);
        }
    }

    [GeneratedRegex(
        @"\b(?:geboren|geb\.|geboortedatum|geboortedag|born|date of birth|birth date|dob)(?>\s*)(?::\s*)?(?:op\s+|on\s+)?(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d{2}|\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec|january|february|march|may|june|july|october)\.?\s+(?:19|20)\d{2})",
        RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex BirthDate();
}
