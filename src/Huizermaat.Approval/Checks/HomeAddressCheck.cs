using System.Globalization;
using System.Text.RegularExpressions;

namespace Huizermaat.Approval.Checks;

/// <summary>
/// A.1 / C.1: a street and house number ("Dorpsstraat 12a", "Oude Markt 5, 7511 GA"). It blocks when
/// it is someone's home (a person named, "woont", "thuis", a postcode with it); any other address is
/// a warning for the approvers. The school's public addresses pass.
/// </summary>
/// <remarks>
/// Linear in the text: the pattern finds a capitalised word followed by a number, starting only where a word
/// starts and taking each word whole (atomic), and the street name, the words before it and what follows
/// the number are judged in code.
/// </remarks>
public sealed partial class HomeAddressCheck(ProtocolCheckOptions options, ProtocolLexicon lexicon) : IProtocolCheck
{
    private static readonly string[] StreetSuffixes =
    [
        "straat", "laan", "weg", "plein", "singel", "gracht", "kade", "dijk", "hof", "pad", "steeg", "dreef", "park",
        "ring", "markt", "erf", "veld", "baan", "allee", "boulevard", "wal", "stede", "horst", "brink", "akker",
    ];

    // Words after a number that make it a date, a time or an amount, not a house number.
    private static readonly HashSet<string> NotAfterNumber = new(StringComparer.OrdinalIgnoreCase)
    {
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december", "uur", "jaar", "km", "minuten", "leerlingen", "euro",
    };

    private readonly HashSet<string> publicAddresses = [.. options.PublicAddresses.Select(Key)];

    public IEnumerable<Finding> Check(DraftText draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var rule = PrivacyRules.PersonalData(draft.Draft);
        var text = draft.Text;
        bool[]? personal = null;
        bool?[]? homeWords = null;
        var findings = new List<Finding>();
        foreach (var (index, length) in Candidates(draft))
        {
            var address = Parse(text, index, length);
            if (address is not { } a || (publicAddresses.Count > 0 && publicAddresses.Contains(Key(text[a.Start..a.StreetEnd] + " " + a.Number))))
            {
                continue;
            }

            var span = new TextSpan(a.Start, a.End - a.Start);
            var sentence = draft.SentenceAt(span.Start);
            personal ??= PersonMentions.BySentence(draft, lexicon, knownNamesOnly: true);
            homeWords ??= new bool?[draft.Sentences.Count];
            homeWords[sentence] ??= HomeWords().IsMatch(text.AsSpan(draft.Sentences[sentence].Start, draft.Sentences[sentence].Length));
            var home = a.Postcode || homeWords[sentence] == true || personal[sentence];
            findings.Add(home
                ? Finding.InText(rule, Severity.Block,
                    $"'{draft.Slice(span)}' is een huisadres. Zet nooit iemands adres online; haal het weg.", span)
                : Finding.InText(rule, Severity.Warn,
                    $"'{draft.Slice(span)}' is een adres. Controleer dat het geen huisadres van iemand is.", span));
        }

        return findings;
    }

    /// <summary>
    /// Each word (letters, apostrophes, hyphens, dots; taken whole from where it starts) followed by spaces and a
    /// house number ("12", "12a", "12 a", "12-14"): found from the numbers among the draft's words, each reading back
    /// over the word before it once.
    /// </summary>
    private static List<(int Index, int Length)> Candidates(DraftText draft)
    {
        var text = draft.Text;
        var candidates = new List<(int, int)>();
        foreach (var word in draft.Words)
        {
            var at = word.Span.Start;
            if (!char.IsAsciiDigit(text[at]) || at == 0 || !char.IsWhiteSpace(text[at - 1]))
            {
                continue;
            }

            var end = at - 1;
            while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > 0 && IsStreetChar(text[start - 1]))
            {
                start--;
            }

            if (start == end || (start > 0 && char.IsDigit(text[start - 1])))
            {
                continue;
            }

            var number = Number().Match(text, at);
            if (number.Success)
            {
                candidates.Add((start, number.Index + number.Length - start));
            }
        }

        return candidates;

        static bool IsStreetChar(char c) =>
            char.IsLetter(c) || c is '\'' or '.' or '-' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark;
    }

    /// <summary>An address in a candidate (a word, spaces, a number), or null when it is none.</summary>
    private static Address? Parse(string text, int index, int length)
    {
        var streetEnd = index;
        while (!char.IsWhiteSpace(text[streetEnd]))
        {
            streetEnd++;
        }

        // The street starts at the token's first capital that starts a word ("'s-Gravendijkwal" → "Gravendijkwal").
        var streetStart = index;
        while (streetStart < streetEnd && !(char.IsUpper(text[streetStart]) && (streetStart == index || !char.IsLetter(text[streetStart - 1]))))
        {
            streetStart++;
        }

        var street = text.AsSpan(streetStart, streetEnd - streetStart);
        if (street.Length == 0 || !EndsWithStreetSuffix(street))
        {
            return null;
        }

        var numberStart = streetEnd;
        while (char.IsWhiteSpace(text[numberStart]))
        {
            numberStart++;
        }

        var end = index + length;
        var number = text[numberStart..end];
        if (number.Length >= 4 && number[..2] is "19" or "20" && char.IsAsciiDigit(number[2]) && char.IsAsciiDigit(number[3])
            && (number.Length == 4 || !char.IsLetterOrDigit(number[4])))
        {
            return null; // a year
        }

        var after = end;
        while (after < text.Length && char.IsWhiteSpace(text[after]))
        {
            after++;
        }

        var next = after;
        while (next < text.Length && char.IsLetter(text[next]) && next - after < 12)
        {
            next++;
        }

        if ((after < text.Length && text[after] == '%') || (next > after && NotAfterNumber.Contains(text[after..next])
            && (next == text.Length || !char.IsLetter(text[next]))))
        {
            return null; // a date, a time, an amount
        }

        var postcode = Postcode().Match(text, end, Math.Min(text.Length - end, 12));
        if (postcode.Success)
        {
            end = postcode.Index + postcode.Length;
        }

        return new Address(streetStart == index ? StartOfName(text, index) : streetStart, streetEnd, number, end, postcode.Success);
    }

    private static bool EndsWithStreetSuffix(ReadOnlySpan<char> street)
    {
        foreach (var suffix in StreetSuffixes)
        {
            if (street.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Up to two capitalised words right before the street ("Oude Markt", "Van Heekstraat" stays one word).</summary>
    private static int StartOfName(string text, int start)
    {
        for (var words = 0; words < 2; words++)
        {
            var end = start - 1;
            if (end < 1 || !char.IsWhiteSpace(text[end]))
            {
                break;
            }

            var begin = end;
            while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] is '\'' or '.') && end - begin < 40)
            {
                begin--;
            }

            if (begin == end || !char.IsUpper(text[begin]) || (begin > 0 && !char.IsWhiteSpace(text[begin - 1])))
            {
                break;
            }

            start = begin;
        }

        return start;
    }

    private static string Key(string address) => string.Join(' ', DraftText.Fold(address).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private readonly record struct Address(int Start, int StreetEnd, string Number, int End, bool Postcode);

    // A house number: "12", "12a", "12 a", "12-14".
    [GeneratedRegex(@"\G(?>\d{1,4})(?:\s?[a-zA-Z]\b|-\d{1,4}\b)?(?!\d)\b", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex Number();

    [GeneratedRegex(@"\G,?\s{0,3}[1-9]\d{3}\s?[A-Z]{2}\b", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex Postcode();

    [GeneratedRegex(@"\b(?:woont|wonen|woonde|woonachtig|thuis|thuisadres|huisadres|woonadres|adres van|verhuisd|lives|living at|home address)\b",
        RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex HomeWords();
}
