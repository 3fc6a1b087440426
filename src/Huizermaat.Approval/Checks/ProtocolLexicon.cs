namespace Huizermaat.Approval.Checks;

/// <summary>All word lists of the checks, loaded once from the files embedded in the core (Lexicons/README.md).</summary>
public sealed record ProtocolLexicon(
    WordList Slurs,
    WordList Sexual,
    WordList Curses,
    WordList Insults,
    WordList MildVulgarity,
    WordList DiseaseCurses,
    WordList PersonHeads,
    WordList LiteralHeads,
    WordList NotCurses,
    WordList Health,
    WordList Discipline,
    WordList Grades,
    WordList Confidential,
    WordList ConfidentialLabels,
    WordList InternalMatters,
    WordList SchoolTopics,
    WordList FirstNames,
    WordList NotNames)
{
    private LexiconIndex? index;

    // A copy ("with") builds its own index from its own lists when it is first used.
    private ProtocolLexicon(ProtocolLexicon original)
    {
        (Slurs, Sexual, Curses, Insults, MildVulgarity, DiseaseCurses, PersonHeads, LiteralHeads, NotCurses) =
            (original.Slurs, original.Sexual, original.Curses, original.Insults, original.MildVulgarity, original.DiseaseCurses,
                original.PersonHeads, original.LiteralHeads, original.NotCurses);
        (Health, Discipline, Grades, Confidential, ConfidentialLabels, InternalMatters, SchoolTopics, FirstNames, NotNames) =
            (original.Health, original.Discipline, original.Grades, original.Confidential, original.ConfidentialLabels,
                original.InternalMatters, original.SchoolTopics, original.FirstNames, original.NotNames);
    }

    /// <summary>Every list in one index, so that each word of a draft is looked up once (built on first use).</summary>
    public LexiconIndex Index
    {
        get
        {
            // Checkers share one lexicon across threads: one index is published, whichever thread built it.
            if (index is null)
            {
                Interlocked.CompareExchange(ref index, new LexiconIndex(
                    [Slurs, Sexual, Curses, Insults, MildVulgarity, DiseaseCurses, PersonHeads, LiteralHeads, NotCurses, Health,
                        Discipline, Grades, Confidential, ConfidentialLabels, InternalMatters, SchoolTopics, FirstNames, NotNames],
                    [DiseaseCurses]), null);
            }

            return index;
        }
    }

    /// <summary>Whether word <paramref name="word"/> of the draft is in the list, as a whole word, a form or by a prefix.</summary>
    public bool Contains(DraftText draft, int word, WordList list)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return (draft.Masks(Index)[word].Words & Index.BitOf(list)) != 0;
    }

    /// <summary>Every match of the list in the draft's words: the index of its first word and how many words it spans.</summary>
    public IEnumerable<(int First, int Count)> Matches(DraftText draft, WordList list)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(list);
        var masks = draft.Masks(Index);
        var bit = Index.BitOf(list);
        var matches = new List<(int, int)>();
        for (var i = 0; i < masks.Length; i++)
        {
            var count = (masks[i].PhraseStarts & bit) != 0 ? list.PhraseAt(draft.Words, i) : 0;
            if (count == 0 && (masks[i].Words & bit) != 0)
            {
                count = 1;
            }

            if (count > 0)
            {
                matches.Add((i, count));
                i += count - 1;
            }
        }

        return matches;
    }

    public static ProtocolLexicon LoadEmbedded() => new(
        WordList.Load("slurs"),
        WordList.Load("sexual"),
        WordList.Load("curses"),
        WordList.Load("insults"),
        WordList.Load("mild"),
        WordList.Load("disease-curses"),
        WordList.Load("person-heads"),
        WordList.Load("literal-heads"),
        WordList.Load("not-curses"),
        WordList.Load("health"),
        WordList.Load("discipline"),
        WordList.Load("grades"),
        WordList.Load("confidential"),
        WordList.Load("confidential-labels"),
        WordList.Load("internal-matters"),
        WordList.Load("school-topics"),
        WordList.Load("first-names"),
        WordList.Load("not-names"));
}
