using System.Numerics;
using System.Text.RegularExpressions;

namespace Huizermaat.Approval.Checks;

/// <summary>
/// A.1 / C.1: a valid IBAN (mod-97) with a person's name ("t.n.v. J. Jansen", or a name in the same
/// sentence) blocks; a valid IBAN without one is a warning, unless it is one of the school's own.
/// </summary>
public sealed partial class IbanCheck(ProtocolCheckOptions options, ProtocolLexicon lexicon) : IProtocolCheck
{
    private readonly HashSet<string> publicIbans = [.. options.PublicIbans.Select(Compact)];

    public IEnumerable<Finding> Check(DraftText draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var rule = PrivacyRules.PersonalData(draft.Draft);
        bool[]? personal = null;
        foreach (var span in Candidates(draft))
        {
            var iban = Compact(draft.Slice(span));
            if (!IsValid(iban) || publicIbans.Contains(iban))
            {
                continue;
            }

            personal ??= PersonMentions.BySentence(draft, lexicon, knownNamesOnly: true);
            var from = Math.Max(0, span.Start - 40);
            var to = Math.Min(draft.Text.Length, span.End + 60);
            var named = NamedHolder().IsMatch(draft.Text.AsSpan(from, to - from)) || personal[draft.SentenceAt(span.Start)];
            yield return named
                ? Finding.InText(rule, Severity.Block,
                    $"'{draft.Slice(span)}' is het rekeningnummer van een persoon. Haal het weg; gebruik de rekening van de school.", span)
                : Finding.InText(rule, Severity.Warn,
                    $"'{draft.Slice(span)}' is een rekeningnummer. Controleer dat het de rekening van de school is.", span);
        }
    }

    /// <summary>
    /// Everything in the text shaped like an IBAN, valid or not (other checks leave these alone): the pattern is tried
    /// only where a word starts with two letters and two digits ("NL91", "NL91ABNA…").
    /// </summary>
    internal static List<TextSpan> Candidates(DraftText draft)
    {
        var text = draft.Text;
        var spans = new List<TextSpan>();
        var end = 0;
        foreach (var word in draft.Words)
        {
            var at = word.Span.Start;
            if (at < end || word.Span.Length < 4 || !char.IsAsciiLetter(text[at]) || !char.IsAsciiLetter(text[at + 1])
                || !char.IsAsciiDigit(text[at + 2]) || !char.IsAsciiDigit(text[at + 3]) || (at > 0 && text[at - 1] == '_'))
            {
                continue;
            }

            var match = Candidate().Match(text, at);
            if (match.Success)
            {
                spans.Add(new TextSpan(match.Index, match.Length));
                end = match.Index + match.Length;
            }
        }

        return spans;
    }

    internal static bool IsValid(string iban)
    {
        if (iban.Length is < 15 or > 34 || (iban.StartsWith("NL", StringComparison.Ordinal) && iban.Length != 18))
        {
            return false;
        }

        var rearranged = string.Concat(iban.AsSpan(4), iban.AsSpan(0, 4));
        var numeric = string.Concat(rearranged.Select(static c => char.IsAsciiDigit(c) ? c.ToString() : (c - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return BigInteger.Parse(numeric, System.Globalization.CultureInfo.InvariantCulture) % 97 == 1;
    }

    private static string Compact(string iban) => new([.. iban.Where(static c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant)]);

    [GeneratedRegex(@"\G[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b", RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex Candidate();

    [GeneratedRegex(@"\b(?:t\.?n\.?v\.?|ten name van|op naam van|in the name of)\s+(?!(?:stichting\s+)?huizermaat)\S", RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex NamedHolder();
}
