using System.Reflection;

namespace Huizermaat.Approval.Checks;

/// <summary>
/// A word list of the checks (see <c>Lexicons/README.md</c>): whole words with their inflected forms
/// (<c>hufter/zn</c>), prefixes (<c>kut*</c>) and phrases of several words, matched against a draft's
/// normalised words. Every look-up is bounded by the longest entry, whatever the length of the word.
/// </summary>
public sealed class WordList
{
    private readonly Dictionary<string, LexiconEntry> words;
    private readonly Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> wordLookup;
    private readonly Dictionary<string, LexiconEntry> prefixes;
    private readonly Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> prefixLookup;
    private readonly int[] prefixLengths;
    private readonly Dictionary<string, List<string[]>> phrasesByFirstWord;
    private readonly ILookup<int, string> wordsByLength;

    private WordList(Dictionary<string, LexiconEntry> words, Dictionary<string, LexiconEntry> prefixes, Dictionary<string, List<string[]>> phrases)
    {
        this.words = words;
        this.prefixes = prefixes;
        phrasesByFirstWord = phrases;
        wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        prefixLookup = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        prefixLengths = [.. prefixes.Keys.Select(static p => p.Length).Distinct().Order()];
        wordsByLength = words.Keys.ToLookup(static w => w.Length);
        LongestWord = words.Count == 0 ? 0 : words.Keys.Max(static w => w.Length);
    }

    /// <summary>The length of the longest whole word (or form) in the list.</summary>
    public int LongestWord { get; }

    /// <summary>Every whole word of the list with its forms, each with the entry it comes from.</summary>
    public IReadOnlyDictionary<string, LexiconEntry> Words => words;

    /// <summary>The prefix entries (<c>kut*</c>), without the star.</summary>
    public IReadOnlyDictionary<string, LexiconEntry> Prefixes => prefixes;

    /// <summary>The phrases of several words.</summary>
    public IEnumerable<string[]> Phrases => phrasesByFirstWord.Values.SelectMany(static p => p);

    public static WordList Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var words = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var prefixes = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var rawLine in content.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Split('#', 2)[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var flags = EntryFlags.None;
            foreach (var flag in tokens.Where(static t => t.StartsWith('@')))
            {
                flags |= flag switch
                {
                    "@aimed" => EntryFlags.Aimed,
                    "@proper" => EntryFlags.Proper,
                    "@identity" => EntryFlags.Identity,
                    _ => throw new FormatException($"Line {lineNumber}: unknown flag '{flag}' (known: @aimed, @proper, @identity)."),
                };
            }

            var text = DraftText.Fold(string.Join(' ', tokens.Where(static t => !t.StartsWith('@'))));
            var kind = (string?)null;
            if (text.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0)
            {
                kind = text[(slash + 1)..];
                text = text[..slash];
                if (!WordForms.Kinds.Contains(kind))
                {
                    throw new FormatException($"Line {lineNumber}: unknown kind of word '{kind}' (known: {string.Join(", ", WordForms.Kinds)}).");
                }
            }

            var entry = new LexiconEntry(text, flags);
            if (text.EndsWith('*'))
            {
                prefixes.TryAdd(text[..^1], entry);
                continue;
            }

            var parts = text.Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 1)
            {
                foreach (var form in kind is null ? [parts[0]] : WordForms.Of(parts[0], kind))
                {
                    words.TryAdd(form, entry);
                }
            }
            else
            {
                if (!phrases.TryGetValue(parts[0], out var list))
                {
                    phrases[parts[0]] = list = [];
                }

                list.Add(parts);
            }
        }

        return new WordList(words, prefixes, phrases);
    }

    /// <summary>Loads <c>Lexicons/{name}.txt</c>, embedded in this assembly.</summary>
    public static WordList Load(string name)
    {
        var resource = $"Lexicons.{name}.txt";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The word list '{resource}' is not embedded in the core assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Whether one normalised word is in the list, as a whole word (or one of its forms) or by a prefix.</summary>
    public bool Contains(ReadOnlySpan<char> word) => Find(word) is not null;

    /// <summary>The entry a normalised word matches: the whole word (or one of its forms), else its longest prefix.</summary>
    public LexiconEntry? Find(ReadOnlySpan<char> word)
    {
        if (word.Length <= LongestWord && wordLookup.TryGetValue(word, out var entry))
        {
            return entry;
        }

        return FindPrefix(word);
    }

    /// <summary>The longest prefix entry that the word starts with.</summary>
    public LexiconEntry? FindPrefix(ReadOnlySpan<char> word)
    {
        for (var i = prefixLengths.Length - 1; i >= 0; i--)
        {
            if (prefixLengths[i] <= word.Length && prefixLookup.TryGetValue(word[..prefixLengths[i]], out var entry))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Whether the word is one of the list's whole words (or their forms).</summary>
    public bool ContainsWord(ReadOnlySpan<char> word) => word.Length <= LongestWord && wordLookup.ContainsKey(word);

    /// <summary>Whether <paramref name="text"/> starts with one of the list's whole words (or forms) or prefixes.</summary>
    public bool StartsWithEntry(ReadOnlySpan<char> text)
    {
        for (var length = 1; length <= text.Length && length <= LongestWord; length++)
        {
            if (wordLookup.ContainsKey(text[..length]))
            {
                return true;
            }
        }

        return FindPrefix(text) is not null;
    }

    /// <summary>The whole words (and forms) a disguised word could stand for, where <c>*</c> stands for any letter.</summary>
    public IEnumerable<string> MatchPattern(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        foreach (var word in wordsByLength[pattern.Length])
        {
            if (Fits(word, pattern))
            {
                yield return word;
            }
        }

        static bool Fits(string word, string pattern)
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
    }

    /// <summary>How many words the longest phrase of the list that starts at word <paramref name="start"/> spans (0 for none).</summary>
    public int PhraseAt(IReadOnlyList<Word> text, int start)
    {
        ArgumentNullException.ThrowIfNull(text);
        var longest = 0;
        if (phrasesByFirstWord.Count > 0 && phrasesByFirstWord.TryGetValue(text[start].Normalized, out var phrases))
        {
            foreach (var phrase in phrases)
            {
                if (phrase.Length > longest && IsAt(text, start, phrase))
                {
                    longest = phrase.Length;
                }
            }
        }

        return longest;
    }

    private static bool IsAt(IReadOnlyList<Word> text, int start, string[] phrase)
    {
        if (start + phrase.Length > text.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(text[start + k].Normalized, phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
