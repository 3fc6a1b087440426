using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Checks;

/// <summary>A draft with its text analysed once (words, sentences), for every check to share.</summary>
public sealed partial class DraftText
{
    private DraftText(Draft draft, Word[] words, TextSpan[] sentences)
    {
        Draft = draft;
        Words = words;
        Sentences = sentences;
    }

    public Draft Draft { get; }

    public string Text => Draft.Text;

    public IReadOnlyList<Word> Words { get; }

    public IReadOnlyList<TextSpan> Sentences { get; }

    public static DraftText Analyze(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var text = draft.Text;
        var sentences = SplitSentences(text);
        var words = new List<Word>(text.Length / 5);
        var sentence = 0;
        foreach (var match in WordPattern().EnumerateMatches(text))
        {
            var span = Trim(text, new TextSpan(match.Index, match.Length));
            if (span.Length == 0)
            {
                continue;
            }

            while (sentence < sentences.Length - 1 && span.Start >= sentences[sentence].End)
            {
                sentence++;
            }

            var (normalized, disguised) = Normalize(text.AsSpan(span.Start, span.Length));
            words.Add(new Word(span, normalized, disguised, sentence));
        }

        return new DraftText(draft, [.. words], sentences);
    }

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The span from the start of word <paramref name="first"/> to the end of the <paramref name="count"/>th word.</summary>
    public TextSpan SpanOf(int first, int count) =>
        new(Words[first].Span.Start, Words[first + count - 1].Span.End - Words[first].Span.Start);

    /// <summary>The index of the sentence that holds the character at <paramref name="position"/>.</summary>
    public int SentenceAt(int position)
    {
        var (low, high) = (0, Sentences.Count - 1);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (position < Sentences[middle].End)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    /// <summary>The character right after a word, or '\0' at the end of the text.</summary>
    public char CharAfter(Word word) => word.Span.End < Text.Length ? Text[word.Span.End] : '\0';

    /// <summary>Folds case and diacritics: "Patiënt" → "patient". Linear in the text, also for long runs of
    /// combining marks (which a Unicode normalisation reorders in quadratic time).</summary>
    public static string Fold(ReadOnlySpan<char> value)
    {
        if (System.Text.Ascii.IsValid(value))
        {
            return value.ToString().ToLowerInvariant();
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c < '\u0080')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if ((uint)(c - LatinBase) < (uint)LatinBaseLetters.Length)
            {
                builder.Append(LatinBaseLetters[c - LatinBase]);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private const char LatinBase = '\u00C0';

    // Each letter of Latin-1 Supplement and Latin Extended-A/B as its lower-case base letter ("É" → 'e').
    private static readonly char[] LatinBaseLetters = [.. Enumerable.Range(LatinBase, 0x0250 - LatinBase).Select(static code =>
    {
        var decomposed = ((char)code).ToString().Normalize(NormalizationForm.FormD);
        return char.ToLowerInvariant(decomposed[0]);
    })];

    private static (string Normalized, bool Disguised) Normalize(ReadOnlySpan<char> raw)
    {
        var folded = Fold(raw);
        var letters = 0;
        var substitutes = 0;
        foreach (var c in folded)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (c == '*' || Substitute(c) != c)
            {
                substitutes++;
            }
        }

        // "1B", "5V", "06", "2e" are not disguised words: disguise needs at least two real letters.
        if (substitutes == 0 || letters < 2)
        {
            return (folded, false);
        }

        var restored = string.Create(folded.Length, folded, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Substitute(source[i]);
            }
        });
        return restored.All(static c => char.IsLetter(c) || c == '*') ? (restored, true) : (folded, false);
    }

    private static char Substitute(char c) => c switch
    {
        '@' or '4' => 'a',
        '3' => 'e',
        '1' or '!' => 'i',
        '0' => 'o',
        '$' or '5' => 's',
        '7' => 't',
        '9' => 'g',
        _ => c,
    };

    private static TextSpan Trim(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && text[start] is '@' or '$' or '*' or '!')
        {
            start++;
        }

        while (end > start && text[end - 1] is '@' or '$' or '*' or '!')
        {
            end--;
        }

        return new TextSpan(start, end - start);
    }

    private static TextSpan[] SplitSentences(string text)
    {
        var sentences = new List<TextSpan>();
        var start = 0;
        foreach (var boundary in SentenceBoundary().EnumerateMatches(text))
        {
            sentences.Add(new TextSpan(start, boundary.Index - start));
            start = boundary.Index + boundary.Length;
        }

        sentences.Add(new TextSpan(start, text.Length - start));
        return [.. sentences];
    }

    // Letters, digits and the symbols people put in place of letters; a "!" counts only inside a word.
    [GeneratedRegex(@"[\p{L}\p{M}\p{N}@$*]+(?:[!][\p{L}\p{M}\p{N}@$*]+)*", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?<=[.!?…])\s+(?=\P{Ll})|\n\s*", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex SentenceBoundary();
}
