using System.Reflection;

namespace Huizermaat.Approval.Checks;

/// <summary>
/// A word list of the checks (see <c>Lexicons/README.md</c>): whole words, prefixes (<c>kut*</c>)
/// and phrases of several words, matched against a draft's normalised words.
/// </summary>
public sealed class WordList
{
    private readonly HashSet<string> words = new(StringComparer.Ordinal);
    private readonly List<string> prefixes = [];
    private readonly Dictionary<string, List<string[]>> phrasesByFirstWord = new(StringComparer.Ordinal);

    private WordList()
    {
    }

    public static WordList Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var list = new WordList();
        foreach (var rawLine in content.Split('\n'))
        {
            var line = rawLine.Split('#', 2)[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var entry = DraftText.Fold(line);
            if (entry.EndsWith('*'))
            {
                list.prefixes.Add(entry[..^1]);
                continue;
            }

            var parts = entry.Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 1)
            {
                list.words.Add(parts[0]);
            }
            else
            {
                if (!list.phrasesByFirstWord.TryGetValue(parts[0], out var phrases))
                {
                    list.phrasesByFirstWord[parts[0]] = phrases = [];
                }

                phrases.Add(parts);
            }
        }

        return list;
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

    /// <summary>Whether one normalised word is in the list, as a whole word or by a prefix.</summary>
    public bool Contains(string word)
    {
        if (words.Contains(word))
        {
            return true;
        }

        foreach (var prefix in prefixes)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The whole-word entries that <paramref name="text"/> starts with and is longer than.</summary>
    public IEnumerable<string> EntriesBeginning(string text) =>
        words.Where(word => text.Length > word.Length && text.StartsWith(word, StringComparison.Ordinal));

    /// <summary>Whether <paramref name="text"/> starts with one of the list's whole-word entries.</summary>
    public bool StartsWithEntry(string text)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The whole-word entries a disguised word could stand for, where <c>*</c> stands for any letter.</summary>
    public IEnumerable<string> MatchPattern(string pattern)
    {
        foreach (var word in words)
        {
            if (word.Length == pattern.Length && Fits(word, pattern))
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

    /// <summary>Every match in the draft's words: the index of its first word and how many words it spans.</summary>
    public IEnumerable<(int First, int Count)> Matches(IReadOnlyList<Word> text)
    {
        for (var i = 0; i < text.Count; i++)
        {
            var longest = 0;
            if (phrasesByFirstWord.TryGetValue(text[i].Normalized, out var phrases))
            {
                foreach (var phrase in phrases)
                {
                    if (phrase.Length > longest && PhraseAt(text, i, phrase))
                    {
                        longest = phrase.Length;
                    }
                }
            }

            if (longest == 0 && Contains(text[i].Normalized))
            {
                longest = 1;
            }

            if (longest > 0)
            {
                yield return (i, longest);
                i += longest - 1;
            }
        }
    }

    private static bool PhraseAt(IReadOnlyList<Word> text, int start, string[] phrase)
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
