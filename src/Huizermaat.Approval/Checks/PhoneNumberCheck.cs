using System.Text.RegularExpressions;

namespace Huizermaat.Approval.Checks;

/// <summary>
/// A.1 / C.1: Dutch phone numbers in every common notation: 06-12345678, 06 1234 5678,
/// +31 6 12345678, +31 (0)6 …, 0031 6 …, landlines such as 053-1234567 and (0541) 123456.
/// The school's own public numbers pass.
/// </summary>
/// <remarks>
/// A pattern of our own rather than libphonenumber-csharp's <c>PhoneNumberUtil.FindNumbers</c> (region NL): that
/// finds the same numbers in every test here, but takes about 165 µs on a 2,200-character caption (the whole set of
/// checks has 100 µs) and over a second on 64 KiB of "0 0 0 …", where every check together takes about 10 ms.
/// </remarks>
public sealed partial class PhoneNumberCheck(ProtocolCheckOptions options) : IProtocolCheck
{
    private readonly HashSet<string> publicNumbers = [.. options.PublicPhoneNumbers.Select(n => National(n) ?? n)];

    public IEnumerable<Finding> Check(DraftText draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var rule = PrivacyRules.PersonalData(draft.Draft);
        var ibans = IbanCheck.Candidates(draft);
        foreach (Match match in Candidate().Matches(draft.Text))
        {
            var span = new TextSpan(match.Index, match.Length);
            if (ibans.Any(span.Overlaps))
            {
                continue;
            }

            var number = National(draft.Slice(span));
            if (number is null || publicNumbers.Contains(number))
            {
                continue;
            }

            var kind = number.StartsWith("06", StringComparison.Ordinal) ? "een mobiel nummer" : "een telefoonnummer";
            yield return Finding.InText(rule, Severity.Block,
                $"'{draft.Slice(span)}' is {kind}. Zet geen telefoonnummers van personen online; verwijs naar de school.", span);
        }
    }

    /// <summary>The number in national notation (ten digits, starting with 0), or null when it is none.</summary>
    internal static string? National(string text)
    {
        var digits = new string([.. text.Where(char.IsAsciiDigit)]);
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('+') || trimmed.StartsWith("00", StringComparison.Ordinal))
        {
            var prefix = trimmed.StartsWith('+') ? 2 : 4;
            if (digits.Length <= prefix || !digits.StartsWith(trimmed.StartsWith('+') ? "31" : "0031", StringComparison.Ordinal))
            {
                return null;
            }

            digits = "0" + digits[prefix..].TrimStart('0');
        }

        return digits.Length == 10 && digits[0] == '0' && digits[1] != '0' ? digits : null;
    }

    [GeneratedRegex(@"(?<![\w+/])(?:(?:\+31|0031)[\s.\-]?(?:\(0\)[\s.\-]?)?|\(0\d{1,3}\)\s?|0)\d(?:[\s.\-]?\d){5,9}(?![\w])", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex Candidate();
}
