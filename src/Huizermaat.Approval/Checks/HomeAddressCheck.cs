using System.Text.RegularExpressions;

namespace Huizermaat.Approval.Checks;

/// <summary>
/// A.1 / C.1: a street and house number ("Dorpsstraat 12a", "Oude Markt 5, 7511 GA"). It blocks when
/// it is someone's home (a person named, "woont", "thuis", a postcode with it); any other address is
/// a warning for the approvers. The school's public addresses pass.
/// </summary>
public sealed partial class HomeAddressCheck(ProtocolCheckOptions options, ProtocolLexicon lexicon) : IProtocolCheck
{
    private readonly HashSet<string> publicAddresses = [.. options.PublicAddresses.Select(Key)];

    public IEnumerable<Finding> Check(DraftText draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var rule = PrivacyRules.PersonalData(draft.Draft);
        bool[]? personal = null;
        foreach (Match match in Address().Matches(draft.Text))
        {
            if (publicAddresses.Contains(Key(match.Groups["street"].Value + " " + match.Groups["number"].Value)))
            {
                continue;
            }

            var span = new TextSpan(match.Index, match.Length);
            var sentence = draft.Sentences[draft.SentenceAt(span.Start)];
            personal ??= PersonMentions.BySentence(draft, lexicon, knownNamesOnly: true);
            var home = match.Groups["postcode"].Success
                || HomeWords().IsMatch(draft.Text.AsSpan(sentence.Start, sentence.Length))
                || personal[draft.SentenceAt(span.Start)];
            yield return home
                ? Finding.InText(rule, Severity.Block,
                    $"'{match.Value}' is een huisadres. Zet nooit iemands adres online; haal het weg.", span)
                : Finding.InText(rule, Severity.Warn,
                    $"'{match.Value}' is een adres. Controleer dat het geen huisadres van iemand is.", span);
        }
    }

    private static string Key(string address) => string.Join(' ', DraftText.Fold(address).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(
        @"(?<street>(?:\b\p{Lu}[\p{L}'.]*\s){0,2}\b(?=\p{Lu})(?i:[\p{L}'-]*?(?:straat|laan|weg|plein|singel|gracht|kade|dijk|hof|pad|steeg|dreef|park|ring|markt|erf|veld|baan|allee|boulevard|wal|stede|horst|brink|akker)))\s+(?!(?:19|20)\d\d\b)(?<number>\d{1,4}(?:\s?[a-zA-Z]\b|-\d{1,4}\b)?)\b(?!\s*(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|uur|jaar|km|minuten|leerlingen|euro|%))(?:,?\s*(?<postcode>[1-9]\d{3}\s?[A-Z]{2})\b)?")]
    private static partial Regex Address();

    [GeneratedRegex(@"\b(?:woont|wonen|woonde|woonachtig|thuis|thuisadres|huisadres|woonadres|adres van|verhuisd|lives|living at|home address)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HomeWords();
}
