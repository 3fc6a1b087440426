namespace Huizermaat.Approval.Checks;

/// <summary>
/// A.3 / BD.4: slurs, obscenity, curses (Dutch and English, disguised too: <c>k@nker</c>, <c>k*nker</c>,
/// <c>kaaanker</c>), insults aimed at people and, as a warning, mild vulgarity (Lexicons/README.md). It matches
/// words and their forms, never raw substrings, and judges a Dutch compound of a disease curse by its head:
/// "kankerlijer" and "teringherrie" block, "kankeronderzoek" and "pokkenprik" pass. Names pass ("De Cock",
/// "Mongolen"), and so do the ordinary words and fixed phrases of not-curses.txt.
/// </summary>
public sealed class DecencyCheck : IProtocolCheck
{
    public const string Rule = "A.3";

    private const string DiseaseCurseMessage = "is hier een vloek; haal het weg of zeg het anders";

    // Words before an insult that aim it at someone: "jij eikel", "stomme zak", "hey idiot".
    private static readonly HashSet<string> Aimers = new(StringComparer.Ordinal)
    {
        "je", "jij", "jou", "jullie", "stomme", "vuile", "vieze", "domme", "smerige", "gore",
        "stelletje", "hey", "hee", "he", "hoi", "ey", "oi", "yo", "you", "stupid", "such", "what", "fucking",
    };

    // Demonstratives aim an insult only when no noun follows it: "die eikel!", "die eikel van de overkant", not "die zak chips".
    private static readonly HashSet<string> Demonstratives = new(StringComparer.Ordinal)
    {
        "die", "dat", "deze", "dit", "that", "this", "those", "these",
    };

    private static readonly HashSet<string> AfterDemonstrative = new(StringComparer.Ordinal)
    {
        "van", "die", "daar", "met", "uit", "of", "en", "from", "over", "there", "and",
    };

    // Linking words before an article: "wat een eikel", "je bent een zak", "what a prick", "you're a dick".
    private static readonly HashSet<string> LinkingBeforeArticle = new(StringComparer.Ordinal)
    {
        "wat", "zo", "echt", "bent", "ben", "is", "zijn", "was", "waren", "are", "such", "what", "re", "s", "were", "am", "m",
    };

    // Linking verbs that aim the insult right after them: "ze waren eikels", "those referees are pricks".
    private static readonly HashSet<string> LinkingVerbs = new(StringComparer.Ordinal)
    {
        "bent", "ben", "is", "was", "waren", "are", "were", "am", "re",
    };

    // Subjects that make "zijn" a linking verb ("ze zijn eikels"), not a possessive ("zijn eikels rapen").
    private static readonly HashSet<string> PluralSubjects = new(StringComparer.Ordinal)
    {
        "ze", "zij", "jullie", "die", "deze",
    };

    private static readonly HashSet<string> Tussenvoegsels = new(StringComparer.Ordinal)
    {
        "de", "van", "der", "den", "ter", "ten", "te", "het", "t", "la", "le", "du", "von",
    };

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "meneer", "mevrouw", "mevr", "dhr", "mw", "juf", "juffrouw", "meester", "heer", "mr", "mrs", "ms",
    };

    // Words after a bare disease word that make it a curse: "tering zooi", "kanker irritant".
    private static readonly HashSet<string> Intensified = new(StringComparer.Ordinal)
    {
        "zooi", "dag", "weer", "lijer", "lijers", "hoer", "wijf", "jong", "joch", "zak", "herrie", "eind", "leuk",
        "irritant", "saai", "vet", "slecht", "druk", "lelijk", "kut", "school", "docent", "leraar", "mongool",
    };

    private static readonly HashSet<string> GoAway = new(StringComparer.Ordinal)
    {
        "met", "nou", "man", "joh", "jij", "jullie", "gast", "jongen", "dan", "allemaal",
    };

    private readonly ProtocolLexicon lexicon;
    private readonly Dictionary<string, DecencyWord> forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DecencyWord>.AlternateLookup<ReadOnlySpan<char>> formLookup;
    private readonly Dictionary<string, DecencyWord> prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DecencyWord>.AlternateLookup<ReadOnlySpan<char>> prefixLookup;
    private readonly int[] prefixLengths;
    private readonly ILookup<int, string> formsByLength;
    private readonly Dictionary<string, List<(string[] Words, DecencyCategory? Category)>> phrases = new(StringComparer.Ordinal);
    private readonly int longestForm;
    private readonly ulong decencyBits;
    private readonly ulong phraseBits;
    private readonly ulong notCurseBit;
    private readonly ulong diseaseBit;

    public DecencyCheck(ProtocolLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        this.lexicon = lexicon;
        foreach (var (list, category) in (ReadOnlySpan<(WordList, DecencyCategory)>)[
            (lexicon.Slurs, DecencyCategory.Slur), (lexicon.Sexual, DecencyCategory.Sexual), (lexicon.Curses, DecencyCategory.Curse),
            (lexicon.Insults, DecencyCategory.Insult), (lexicon.MildVulgarity, DecencyCategory.Mild)])
        {
            foreach (var (form, entry) in list.Words)
            {
                forms.TryAdd(form, new DecencyWord(category, entry));
            }

            foreach (var (prefix, entry) in list.Prefixes)
            {
                prefixes.TryAdd(prefix, new DecencyWord(category, entry));
            }

            foreach (var phrase in list.Phrases)
            {
                AddPhrase(phrase, category);
            }
        }

        foreach (var phrase in lexicon.NotCurses.Phrases)
        {
            AddPhrase(phrase, null);
        }

        formLookup = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        prefixLookup = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        prefixLengths = [.. prefixes.Keys.Select(static p => p.Length).Distinct().OrderDescending()];
        formsByLength = forms.Keys.Concat(lexicon.DiseaseCurses.Words.Keys).ToLookup(static f => f.Length);
        longestForm = Math.Max(forms.Keys.Max(static f => f.Length), lexicon.DiseaseCurses.LongestWord);
        var index = lexicon.Index;
        notCurseBit = index.BitOf(lexicon.NotCurses);
        phraseBits = index.BitOf(lexicon.Slurs) | index.BitOf(lexicon.Sexual) | index.BitOf(lexicon.Curses) | index.BitOf(lexicon.Insults)
            | index.BitOf(lexicon.MildVulgarity) | notCurseBit;
        diseaseBit = index.BitOf(lexicon.DiseaseCurses);
        decencyBits = phraseBits | diseaseBit;
    }

    public IEnumerable<Finding> Check(DraftText draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var words = draft.Words;
        var masks = draft.Masks(lexicon.Index);
        var findings = new List<Finding>();
        for (var i = 0; i < words.Count; i++)
        {
            var mask = masks[i];
            if ((mask.PhraseStarts & phraseBits) != 0 && PhraseAt(words, i) is var (count, category) && count > 0)
            {
                // A fixed phrase of several words: a curse ("rot op", "krijg de klere") or an ordinary one ("spic en span").
                if (category is { } c)
                {
                    findings.Add(Finding(draft, i, count, Verdict.Of(c)));
                }

                i += count - 1;
                continue;
            }

            // Most words are in no list, begin no compound and hide no letters: done with one look-up. An ordinary
            // word passes ("pesten"), but a disease curse itself is judged ("pest" in "krijg de pest!").
            var normalized = words[i].Normalized;
            if (((mask.Words & notCurseBit) != 0 && (mask.Words & diseaseBit) == 0)
                || ((mask.Words & decencyBits) == 0 && mask.Beginnings == 0 && !words[i].Disguised
                    && !normalized.Contains('*', StringComparison.Ordinal) && !HasStretchedLetter(normalized)))
            {
                continue;
            }

            if (Judge(draft, i) is { } verdict)
            {
                findings.Add(Finding(draft, i, 1, verdict));
            }
        }

        return findings;
    }

    private void AddPhrase(string[] phrase, DecencyCategory? category)
    {
        if (!phrases.TryGetValue(phrase[0], out var list))
        {
            phrases[phrase[0]] = list = [];
        }

        list.Add((phrase, category));
    }

    private (int Count, DecencyCategory? Category) PhraseAt(IReadOnlyList<Word> words, int start)
    {
        var best = (Count: 0, Category: (DecencyCategory?)null);
        if (words[start].Normalized.Length > longestForm || !phrases.TryGetValue(words[start].Normalized, out var candidates))
        {
            return best;
        }

        foreach (var (phrase, category) in candidates)
        {
            if (phrase.Length > best.Count && start + phrase.Length <= words.Count && IsAt(words, start, phrase))
            {
                best = (phrase.Length, category);
            }
        }

        return best;

        static bool IsAt(IReadOnlyList<Word> words, int start, string[] phrase)
        {
            for (var k = 1; k < phrase.Length; k++)
            {
                if (!string.Equals(words[start + k].Normalized, phrase[k], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private Verdict? Judge(DraftText draft, int index)
    {
        var word = draft.Words[index];
        var normalized = word.Normalized;

        // The word as written, then with stretched letters squeezed ("kaaaanker" → "kanker"), then for a word with a
        // "*" in it ("k*nker") the listed words it stands for.
        if (JudgeCandidate(draft, index, normalized) is { Decided: true } first)
        {
            return first.Verdict;
        }

        if (HasStretchedLetter(normalized) && JudgeCandidate(draft, index, Squeeze(normalized)) is { Decided: true } squeezed)
        {
            return squeezed.Verdict;
        }

        if (normalized.Contains('*', StringComparison.Ordinal) && normalized.Length <= longestForm)
        {
            foreach (var candidate in formsByLength[normalized.Length])
            {
                if (Fits(candidate, normalized) && JudgeCandidate(draft, index, candidate) is { Decided: true } disguised)
                {
                    return disguised.Verdict;
                }
            }
        }

        return null;
    }

    /// <summary>The verdict on one reading of the word; not decided when no list knows it.</summary>
    private (bool Decided, Verdict? Verdict) JudgeCandidate(DraftText draft, int index, string candidate)
    {
        var word = draft.Words[index];
        if (lexicon.DiseaseCurses.ContainsWord(candidate))
        {
            var cursing = word.Disguised || candidate != word.Normalized || IsShouted(draft, word) || InCursingContext(draft, index);
            return (true, cursing && !IsName(draft, index) ? new Verdict(Severity.Block, DiseaseCurseMessage) : null);
        }

        var match = candidate.Length <= longestForm && formLookup.TryGetValue(candidate, out var exact) ? exact : FindPrefix(candidate);
        if (match is { } decency)
        {
            if ((decency.Entry.Proper && IsCapitalised(draft, word)) || IsName(draft, index)
                || (decency.Entry.Aimed && !IsAimed(draft, index)) || (decency.Entry.Identity && !IsAbuse(draft, index)))
            {
                return (true, null);
            }

            return (true, Verdict.Of(decency.Category));
        }

        return JudgeCompound(candidate) switch
        {
            true => (true, IsName(draft, index) ? null : Verdict.Of(DecencyCategory.Curse)),
            false => (true, null),
            null => (false, null),
        };
    }

    private DecencyWord? FindPrefix(ReadOnlySpan<char> word)
    {
        foreach (var length in prefixLengths)
        {
            if (length <= word.Length && prefixLookup.TryGetValue(word[..length], out var match))
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>
    /// A compound that starts with a disease curse, judged by its head: true (a curse) before a person, an insult or
    /// any other noun it intensifies, false (an ordinary word) before a medical, biological or neutral head, null when
    /// the word is no such compound. Bounded by the longest disease curse, whatever the length of the word.
    /// </summary>
    private bool? JudgeCompound(string word)
    {
        var compound = false;
        var literal = false;
        var longest = Math.Min(lexicon.DiseaseCurses.LongestWord, word.Length - 3);
        for (var length = 4; length <= longest; length++)
        {
            var stem = word.AsSpan(0, length);
            if (!lexicon.DiseaseCurses.ContainsWord(stem) && !(stem.Contains('*') && FitsAny(lexicon.DiseaseCurses, stem)))
            {
                continue;
            }

            compound = true;
            var rest = word.AsSpan(length);
            foreach (var head in (ReadOnlySpan<int>)[0, 1])
            {
                if (head == 1 && rest[0] != 's')
                {
                    continue;
                }

                var candidate = rest[head..];
                if (lexicon.PersonHeads.ContainsWord(candidate)
                    || (candidate.Length <= longestForm && formLookup.TryGetValue(candidate, out var insult) && insult.Category != DecencyCategory.Mild))
                {
                    return true;
                }

                literal |= lexicon.LiteralHeads.StartsWithEntry(candidate);
            }
        }

        return compound ? !literal : null;
    }

    private static bool FitsAny(WordList list, ReadOnlySpan<char> pattern)
    {
        var text = pattern.ToString();
        return list.MatchPattern(text).Any();
    }

    private static bool Fits(string word, string pattern)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (pattern[i] != '*' && pattern[i] != word[i])
            {
                return false;
            }
        }

        return true;
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

    private static bool IsShouted(DraftText draft, Word word) =>
        word.Span.Length >= 4 && draft.Text.AsSpan(word.Span.Start, word.Span.Length) is var raw
        && !raw.ContainsAnyInRange('a', 'z') && raw.ContainsAnyInRange('A', 'Z');

    private static bool IsCapitalised(DraftText draft, Word word) =>
        char.IsUpper(draft.Text[word.Span.Start]) && !IsShouted(draft, word);

    /// <summary>A surname: "De Cock", "Jan de Kok", "meneer de Cock" (capitalised, after a tussenvoegsel after a name or title).</summary>
    private bool IsName(DraftText draft, int index)
    {
        var words = draft.Words;
        var word = words[index];
        if (!IsCapitalised(draft, word) || index == 0 || words[index - 1].Sentence != word.Sentence)
        {
            return false;
        }

        var previous = words[index - 1];
        if (!Tussenvoegsels.Contains(previous.Normalized))
        {
            return lexicon.FirstNames.ContainsWord(previous.Normalized) && IsCapitalised(draft, previous);
        }

        if (char.IsUpper(draft.Text[previous.Span.Start]))
        {
            return true;
        }

        return index >= 2 && words[index - 2].Sentence == word.Sentence
            && (Titles.Contains(words[index - 2].Normalized) || IsCapitalised(draft, words[index - 2]));
    }

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
            if (Intensified.Contains(next.Normalized) || lexicon.Curses.ContainsWord(next.Normalized))
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

    // Words before a word that also names a group neutrally that make it a term of abuse: "stomme homo".
    private static readonly HashSet<string> AbusiveAdjectives = new(StringComparer.Ordinal)
    {
        "stomme", "vuile", "vieze", "domme", "smerige", "gore", "stelletje", "fucking", "stupid", "dirty", "hey", "hee",
    };

    /// <summary>Whether a word that also names a group neutrally is a term of abuse here: "stomme homo", "wat een
    /// homo's", "zo'n homo", "jij homo!", "homo!"; not "ze zijn homo" or "ben je homo?".</summary>
    private static bool IsAbuse(DraftText draft, int index)
    {
        var words = draft.Words;
        var sentence = words[index].Sentence;
        string? Before(int back) => index - back >= 0 && words[index - back].Sentence == sentence ? words[index - back].Normalized : null;

        // Past a plural's "'s" ("homo's!").
        var rest = draft.Text.AsSpan(words[index].Span.End);
        var next = index + 1;
        if (rest.StartsWith("'s", StringComparison.Ordinal) || rest.StartsWith("’s", StringComparison.Ordinal))
        {
            rest = rest[2..];
            next++;
        }

        var endsSentence = next >= words.Count || words[next].Sentence != sentence;
        return rest.StartsWith("!", StringComparison.Ordinal)
            || (Before(1) is { } previous && AbusiveAdjectives.Contains(previous))
            || (Before(1) is "een" or "a" or "n" && Before(2) is "wat" or "zo" or "what" or "such")
            || (Before(1) is "jij" or "jullie" or "you" && endsSentence);
    }

    /// <summary>Whether an insult that also has an ordinary sense is aimed at someone here.</summary>
    private static bool IsAimed(DraftText draft, int index)
    {
        var words = draft.Words;
        var sentence = words[index].Sentence;
        string? Before(int back) => index - back >= 0 && words[index - back].Sentence == sentence ? words[index - back].Normalized : null;
        string? After(int ahead) => index + ahead < words.Count && words[index + ahead].Sentence == sentence ? words[index + ahead].Normalized : null;

        var previous = Before(1);
        if (draft.CharAfter(words[index]) == '!' || (previous is not null && (Aimers.Contains(previous) || LinkingVerbs.Contains(previous))))
        {
            return true;
        }

        if (previous is not null && Demonstratives.Contains(previous))
        {
            return After(1) is not { } next || AfterDemonstrative.Contains(next) || draft.CharAfter(words[index]) is ',' or '.' or '?';
        }

        if (previous is "een" or "a" or "an" or "n" && Before(2) is { } linking && LinkingVerbs.Contains(linking) | LinkingBeforeArticle.Contains(linking))
        {
            return true;
        }

        // "ze zijn eikels", "die scheidsrechters zijn eikels"; not "hij raapte zijn eikels".
        if (previous == "zijn" && (Before(2) is { } subject && PluralSubjects.Contains(subject) || Before(3) is "die" or "deze" or "jullie"))
        {
            return true;
        }

        // "eikels zijn die scheidsrechters", "pricks, those referees"
        return After(1) is "zijn" or "are" or "is" or "waren" or "were" && After(2) is "die" or "deze" or "jullie" or "those" or "these" or "you" or "ze" or "they";
    }

    private static Finding Finding(DraftText draft, int first, int count, Verdict verdict)
    {
        var span = draft.SpanOf(first, count);
        return Checks.Finding.InText(Rule, verdict.Severity, $"'{draft.Slice(span)}' {verdict.Message}.", span);
    }

    private readonly record struct DecencyWord(DecencyCategory Category, LexiconEntry Entry);

    private readonly record struct Verdict(Severity Severity, string Message)
    {
        public static Verdict Of(DecencyCategory category) => category switch
        {
            DecencyCategory.Slur => new(Severity.Block, "is een scheldwoord dat discrimineert; haal het weg en laat iedereen in zijn waarde"),
            DecencyCategory.Sexual => new(Severity.Block, "is obsceen; haal het weg"),
            DecencyCategory.Curse => new(Severity.Block, "is een vloek; haal het weg of zeg het anders"),
            DecencyCategory.Insult => new(Severity.Block, "is een belediging; haal het weg en laat iedereen in zijn waarde"),
            _ => new(Severity.Warn, "is grof; overweeg een nettere formulering"),
        };
    }
}
