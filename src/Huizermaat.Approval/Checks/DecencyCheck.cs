namespace Huizermaat.Approval.Checks;

/// <summary>
/// A.3 / BD.4: profanity (Dutch and English, disguised too), the Dutch disease curses, insults and
/// slurs aimed at people, obscenity. Matches words and known compounds, never raw substrings, so
/// "KWF Kankerbestrijding", "spijsvertering" and "hoera" pass.
/// </summary>
public sealed class DecencyCheck(ProtocolLexicon lexicon) : IProtocolCheck
{
    public const string Rule = "A.3";

    private static readonly HashSet<string> Aimers = new(StringComparer.Ordinal)
    {
        "je", "jij", "jou", "jullie", "die", "dat", "deze", "dit", "stomme", "vuile", "vieze", "domme", "grote",
        "echte", "smerige", "you", "that", "this", "stupid", "such", "what",
    };

    private static readonly HashSet<string> LinkingVerbs = new(StringComparer.Ordinal)
    {
        "wat", "zo", "echt", "bent", "ben", "is", "zijn", "was", "waren", "are", "such", "what",
    };

    // Words a disease curse is put in front of as an intensifier: "tering zooi", "kanker irritant".
    private static readonly HashSet<string> Intensified = new(StringComparer.Ordinal)
    {
        "zooi", "dag", "weer", "lijer", "lijers", "hoer", "wijf", "jong", "joch", "zak", "herrie", "eind", "leuk",
        "irritant", "saai", "vet", "slecht", "druk", "lelijk", "kut", "school", "docent", "leraar", "mongool",
    };

    private static readonly HashSet<string> GoAway = new(StringComparer.Ordinal)
    {
        "met", "nou", "man", "joh", "jij", "jullie", "gast", "jongen", "dan", "allemaal",
    };

    public IEnumerable<Finding> Check(DraftText draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var words = draft.Words;
        var covered = new bool[words.Count];

        // Curses of several words first ("rot op", "krijg de klere").
        foreach (var (first, count) in lexicon.Curses.Matches(words))
        {
            if (count > 1)
            {
                Array.Fill(covered, true, first, count);
                yield return Finding(draft, first, count, Severity.Block, "is een vloek; haal het weg of zeg het anders");
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (covered[i])
            {
                continue;
            }

            var verdict = Judge(draft, i);
            if (verdict is { } v)
            {
                yield return Finding(draft, i, 1, v.Severity, v.Message);
            }
        }
    }

    private (Severity Severity, string Message)? Judge(DraftText draft, int index)
    {
        var word = draft.Words[index];
        foreach (var candidate in Candidates(word.Normalized))
        {
            var isDiseaseWord = lexicon.DiseaseCurses.Contains(candidate);
            if (!isDiseaseWord && lexicon.NotCurses.Contains(candidate))
            {
                return null;
            }

            if (isDiseaseWord)
            {
                return word.Disguised || candidate != word.Normalized || IsShouted(draft, word) || InCursingContext(draft, index)
                    ? (Severity.Block, "is hier een vloek; haal het weg of zeg het anders")
                    : null;
            }

            if (IsDiseaseCompound(candidate))
            {
                return (Severity.Block, "is een vloek; haal het weg of zeg het anders");
            }

            if (lexicon.Curses.Contains(candidate))
            {
                return (Severity.Block, "is een vloek; haal het weg of zeg het anders");
            }

            if (lexicon.Obscenity.Contains(candidate))
            {
                return (Severity.Block, "is obsceen; haal het weg");
            }

            if (lexicon.Insults.Contains(candidate))
            {
                return (Severity.Block, "beledigt of discrimineert; haal het weg en laat iedereen in zijn waarde");
            }

            if (lexicon.InsultsAimed.Contains(candidate) && IsAimed(draft, index))
            {
                return (Severity.Block, "is een belediging; haal het weg en laat iedereen in zijn waarde");
            }

            if (lexicon.MildCurses.Contains(candidate))
            {
                return (Severity.Warn, "is grof; overweeg een nettere formulering");
            }
        }

        return null;
    }

    /// <summary>
    /// The word as written, with stretched letters squeezed ("kaaaanker" → "kanker"), and for a word
    /// with a <c>*</c> in it ("k*nker") the listed words it stands for.
    /// </summary>
    private IEnumerable<string> Candidates(string normalized)
    {
        yield return normalized;
        if (HasStretchedLetter(normalized))
        {
            yield return Squeeze(normalized);
        }

        if (normalized.Contains('*', StringComparison.Ordinal))
        {
            foreach (var list in (WordList[])[lexicon.DiseaseCurses, lexicon.Curses, lexicon.Obscenity, lexicon.Insults])
            {
                foreach (var word in list.MatchPattern(normalized))
                {
                    yield return word;
                }
            }
        }
    }

    private static bool HasStretchedLetter(string word)
    {
        for (var i = 2; i < word.Length; i++)
        {
            if (word[i] == word[i - 1] && word[i] == word[i - 2])
            {
                return true;
            }
        }

        return false;
    }

    private static string Squeeze(string word)
    {
        var chars = new List<char>(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var run = 1;
            while (i + run < word.Length && word[i + run] == word[i])
            {
                run++;
            }

            chars.Add(word[i]);
            if (run == 2)
            {
                chars.Add(word[i]);
            }

            i += run - 1;
        }

        return new string([.. chars]);
    }

    private bool IsDiseaseCompound(string word)
    {
        var isCompound = false;
        foreach (var stem in DiseaseStems(word))
        {
            var rest = word[stem.Length..];
            if (rest.Length < 2 || lexicon.MedicalCompounds.StartsWithEntry(rest) || lexicon.NotCurses.Contains(word))
            {
                return false;
            }

            isCompound = true;
        }

        return isCompound;
    }

    /// <summary>The beginnings of the word that are a disease word ("k*nker" too, for a disguised one).</summary>
    private IEnumerable<string> DiseaseStems(string word)
    {
        if (!word.Contains('*', StringComparison.Ordinal))
        {
            return lexicon.DiseaseCurses.EntriesBeginning(word);
        }

        return Enumerable.Range(4, Math.Max(0, word.Length - 4))
            .Select(length => word[..length])
            .Where(prefix => lexicon.DiseaseCurses.MatchPattern(prefix).Any());
    }

    private static bool IsShouted(DraftText draft, Word word) =>
        word.Span.Length >= 4 && draft.Text.AsSpan(word.Span.Start, word.Span.Length) is var raw
        && !raw.ContainsAnyInRange('a', 'z') && raw.ContainsAnyInRange('A', 'Z');

    private bool InCursingContext(DraftText draft, int index)
    {
        var words = draft.Words;
        var word = words[index];
        var after = draft.CharAfter(word);
        if (after == '!')
        {
            return true;
        }

        var sentenceStart = index == 0 || words[index - 1].Sentence != word.Sentence;
        if (sentenceStart && after == ',')
        {
            return true;
        }

        for (var back = 1; back <= 3 && index - back >= 0 && words[index - back].Sentence == word.Sentence; back++)
        {
            if (words[index - back].Normalized is "krijg" or "krijgt")
            {
                return true;
            }
        }

        if (index + 1 < words.Count && words[index + 1].Sentence == word.Sentence)
        {
            var next = words[index + 1];
            if (Intensified.Contains(next.Normalized) || lexicon.Curses.Contains(next.Normalized))
            {
                return true;
            }

            if (next.Normalized == "op")
            {
                // "kanker op!", "tering op, joh", "kanker op met je regels"; not "kanker op jonge leeftijd".
                return index + 2 >= words.Count || words[index + 2].Sentence != word.Sentence
                    || draft.CharAfter(next) is '!' or ','
                    || GoAway.Contains(words[index + 2].Normalized);
            }
        }

        return false;
    }

    private static bool IsAimed(DraftText draft, int index)
    {
        var words = draft.Words;
        var sentence = words[index].Sentence;
        if (index >= 1 && words[index - 1].Sentence == sentence)
        {
            var previous = words[index - 1].Normalized;
            if (Aimers.Contains(previous))
            {
                return true;
            }

            if (previous is "een" or "a" or "an" && index >= 2 && words[index - 2].Sentence == sentence
                && LinkingVerbs.Contains(words[index - 2].Normalized))
            {
                return true;
            }
        }

        return draft.CharAfter(words[index]) == '!';
    }

    private static Finding Finding(DraftText draft, int first, int count, Severity severity, string what)
    {
        var span = draft.SpanOf(first, count);
        return Checks.Finding.InText(Rule, severity, $"'{draft.Slice(span)}' {what}.", span);
    }
}
