namespace Huizermaat.Approval.Checks;

/// <summary>
/// All word lists of a <see cref="ProtocolLexicon"/> in one index, so that each word of a draft is looked up once
/// (<see cref="DraftText.Masks"/>) rather than once a list: the 2,200 characters of an Instagram caption are
/// checked against every list in a few microseconds. Each look-up is bounded by the longest entry.
/// </summary>
public sealed class LexiconIndex
{
    private readonly WordList[] lists;
    private readonly Dictionary<string, (ulong Words, ulong PhraseStarts)> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ulong Words, ulong PhraseStarts)>.AlternateLookup<ReadOnlySpan<char>> lookup;

    // Prefix entries (kut*) and the whole words of lists that begin compounds (kanker), by their first two letters.
    private readonly Dictionary<int, List<(string Prefix, ulong Words, ulong Beginnings)>> prefixes = [];
    private readonly int longest;

    public LexiconIndex(IReadOnlyList<WordList> lists, IEnumerable<WordList> compoundModifiers)
    {
        ArgumentNullException.ThrowIfNull(lists);
        ArgumentNullException.ThrowIfNull(compoundModifiers);
        if (lists.Count > 64)
        {
            throw new ArgumentException("An index holds at most 64 word lists.", nameof(lists));
        }

        this.lists = [.. lists];
        for (var i = 0; i < this.lists.Length; i++)
        {
            var bit = 1UL << i;
            var list = this.lists[i];
            foreach (var word in list.Words.Keys)
            {
                words[word] = words.GetValueOrDefault(word) is var (w, p) ? (w | bit, p) : (bit, 0);
            }

            foreach (var phrase in list.Phrases)
            {
                words[phrase[0]] = words.GetValueOrDefault(phrase[0]) is var (w, p) ? (w, p | bit) : (0, bit);
            }

            foreach (var prefix in list.Prefixes.Keys)
            {
                AddPrefix(prefix, bit, 0);
            }
        }

        foreach (var modifier in compoundModifiers)
        {
            var bit = BitOf(modifier);
            foreach (var word in modifier.Words.Keys)
            {
                AddPrefix(word, 0, bit);
            }
        }

        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        longest = words.Count == 0 ? 0 : words.Keys.Max(static w => w.Length);
    }

    /// <summary>The bit of one of the index's lists in a <see cref="WordMask"/>.</summary>
    public ulong BitOf(WordList list)
    {
        var index = Array.IndexOf(lists, list);
        return index >= 0 ? 1UL << index : throw new ArgumentException("The word list is not in this index.", nameof(list));
    }

    /// <summary>The lists one normalised word is in.</summary>
    public WordMask Of(ReadOnlySpan<char> word)
    {
        var (inWords, phraseStarts) = word.Length <= longest && lookup.TryGetValue(word, out var found) ? found : default;
        var beginnings = 0UL;
        if (word.Length >= 2 && prefixes.TryGetValue(Key(word), out var candidates))
        {
            foreach (var (prefix, prefixWords, prefixBeginnings) in candidates)
            {
                if (word.StartsWith(prefix, StringComparison.Ordinal))
                {
                    inWords |= prefixWords;
                    if (word.Length > prefix.Length)
                    {
                        beginnings |= prefixBeginnings;
                    }
                }
            }
        }

        return new WordMask(inWords, phraseStarts, beginnings);
    }

    private void AddPrefix(string prefix, ulong wordBits, ulong beginningBits)
    {
        if (prefix.Length < 2)
        {
            throw new ArgumentException($"A prefix or compound modifier needs two letters at least: '{prefix}'.", nameof(prefix));
        }

        if (!prefixes.TryGetValue(Key(prefix), out var list))
        {
            prefixes[Key(prefix)] = list = [];
        }

        list.Add((prefix, wordBits, beginningBits));
    }

    private static int Key(ReadOnlySpan<char> word) => (word[0] << 16) | word[1];
}
