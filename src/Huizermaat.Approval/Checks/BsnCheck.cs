using System.Text.RegularExpressions;

namespace Huizermaat.Approval.Checks;

/// <summary>A.1 / C.1: a citizen service number (BSN): nine digits that pass the 11-proef.</summary>
public sealed partial class BsnCheck : IProtocolCheck
{
    public IEnumerable<Finding> Check(DraftText draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var rule = PrivacyRules.PersonalData(draft.Draft);
        foreach (Match match in Candidate().Matches(draft.Text))
        {
            var span = new TextSpan(match.Index, match.Length);
            var digits = new string([.. draft.Slice(span).Where(char.IsAsciiDigit)]);
            if (digits.Length == 9 && PassesElevenTest(digits))
            {
                yield return Finding.InText(rule, Severity.Block,
                    $"'{draft.Slice(span)}' lijkt een burgerservicenummer (BSN). Dat hoort nooit online; haal het weg.", span);
            }
        }
    }

    /// <summary>The 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros).</summary>
    internal static bool PassesElevenTest(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (digits[i] - '0');
        }

        sum -= digits[8] - '0';
        return sum % 11 == 0 && digits.Any(static d => d != '0');
    }

    [GeneratedRegex(@"(?<![\w.,+-])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3}|\d{3}[ .]\d{2}[ .]\d{4})(?![\w]|[.,]\d)", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex Candidate();
}
