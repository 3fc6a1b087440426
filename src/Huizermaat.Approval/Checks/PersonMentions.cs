using System.Text.RegularExpressions;

namespace Huizermaat.Approval.Checks;

/// <summary>
/// Finds the sentences that point at one person: a name (a capitalised word inside a sentence, or a
/// known first name at its start), a title or role in the singular ("meneer", "de docent", "een
/// leerling") or a class ("uit 1B"). Personal data is only personal when it is about someone.
/// </summary>
public static partial class PersonMentions
{
    private static readonly HashSet<string> Roles = new(StringComparer.Ordinal)
    {
        "meneer", "mevrouw", "mevr", "dhr", "mw", "juf", "juffrouw", "meester", "docent", "docente", "leraar",
        "lerares", "mentor", "collega", "leerling", "leerlinge", "conciërge", "concierge", "directeur",
        "rector", "conrector", "teamleider", "zoon", "dochter", "broer", "zus", "zusje", "broertje", "student",
        "teacher", "colleague", "pupil", "mr", "mrs", "ms",
    };

    /// <summary>For each sentence of the draft, whether it mentions one person.</summary>
    /// <param name="knownNamesOnly">Count only listed first names, titles, roles and classes, not every capitalised word
    /// (for checks where a street or town name must not count as a person).</param>
    public static bool[] BySentence(DraftText draft, ProtocolLexicon lexicon, bool knownNamesOnly = false)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(lexicon);
        var result = new bool[draft.Sentences.Count];
        var words = draft.Words;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!result[word.Sentence] && IsPerson(draft, lexicon, i, knownNamesOnly))
            {
                result[word.Sentence] = true;
            }
        }

        return result;
    }

    private static bool IsPerson(DraftText draft, ProtocolLexicon lexicon, int index, bool knownNamesOnly)
    {
        var word = draft.Words[index];
        if (Roles.Contains(word.Normalized) || IsCompoundRole(word.Normalized) || (word.Normalized[0] is >= '1' and <= '6' && ClassName().IsMatch(word.Normalized)))
        {
            return true;
        }

        if (knownNamesOnly)
        {
            return lexicon.Contains(draft, index, lexicon.FirstNames) && char.IsUpper(draft.Text[word.Span.Start]);
        }

        var raw = draft.Text.AsSpan(word.Span.Start, word.Span.Length);
        if (raw.Length < 2 || !char.IsUpper(raw[0]) || !raw[1..].ContainsAnyExceptInRange('A', 'Z')
            || raw.ContainsAnyInRange('0', '9') || lexicon.Contains(draft, index, lexicon.NotNames))
        {
            return false;
        }

        var startsSentence = index == 0 || draft.Words[index - 1].Sentence != word.Sentence
            || PrecededByOpening(draft.Text, word.Span.Start);
        return (!startsSentence || lexicon.Contains(draft, index, lexicon.FirstNames)) && !IsEponym(draft.Words, index);
    }

    // The name in a disease's name is no person: "de ziekte van Ménière", "het syndroom van Down", "Lyme disease".
    private static bool IsEponym(IReadOnlyList<Word> words, int index)
    {
        string? At(int offset) =>
            index + offset >= 0 && index + offset < words.Count && words[index + offset].Sentence == words[index].Sentence
                ? words[index + offset].Normalized
                : null;

        return (At(-1) == "van" && At(-2) is "ziekte" or "syndroom" or "ziekten")
            || At(1) is "disease" or "syndrome" or "syndroom"
            || (At(1) == "s" && At(2) is "disease" or "syndrome");
    }

    // "gymleraar", "wiskundedocent", "klassenmentor": a role in the singular.
    private static bool IsCompoundRole(string word) =>
        word.Length > 7 && (word.EndsWith("leraar", StringComparison.Ordinal) || word.EndsWith("lerares", StringComparison.Ordinal)
            || word.EndsWith("docent", StringComparison.Ordinal) || word.EndsWith("docente", StringComparison.Ordinal)
            || word.EndsWith("mentor", StringComparison.Ordinal) || word.EndsWith("coach", StringComparison.Ordinal));

    private static bool PrecededByOpening(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        return i >= 0 && text[i] is ':' or '"' or '“' or '(' or '\'' or '‘' or '-' or '•';
    }

    // A class: a year and a stream, "1b", "5v", "4havo", "2hv3"; not an ordinal like "2e".
    [GeneratedRegex("^[1-6](?:[abcdghkmtv]|ha|hv|va|ga|tl|kb|bb|havo|vwo|mavo|vmbo|gym|ath)[1-9]?$", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex ClassName();
}
