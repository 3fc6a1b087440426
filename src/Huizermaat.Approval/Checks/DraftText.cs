using System.Globalization;
using System.Text;
using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Checks;

/// <summary>A draft with its text analysed once (words, sentences), for every check to share.</summary>
public sealed class DraftText
{
    private DraftText(Draft draft, Word[] words, TextSpan[] sentences)
    {
        Draft = draft;
        Words = words;
        Sentences = sentences;
    }

    private (LexiconIndex Index, WordMask[] Masks)? masks;

    public Draft Draft { get; }

    public string Text => Draft.Text;

    public IReadOnlyList<Word> Words { get; }

    public IReadOnlyList<TextSpan> Sentences { get; }

    public static DraftText Analyze(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var text = draft.Text;
        var sentences = new List<TextSpan>();
        var sentenceStart = 0;
        var words = new List<Word>(text.Length / 5);

        // One pass over the text. A word: letters, marks, digits and the symbols people put in place of letters; a
        // "!" counts only inside a word ("k!nker"). A sentence ends at a line break, and at white space after '.',
        // '!', '?' or '…' that is not followed by a lower-case letter ("Gelukt! Nu", not "ca. tien").
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                var end = i;
                var newline = false;
                while (end < text.Length && char.IsWhiteSpace(text[end]))
                {
                    newline |= text[end] == '\n';
                    end++;
                }

                if (newline || (i > 0 && text[i - 1] is '.' or '!' or '?' or '…' && end < text.Length && !char.IsLower(text[end])))
                {
                    sentences.Add(new TextSpan(sentenceStart, i - sentenceStart));
                    sentenceStart = end;
                }

                i = end;
                continue;
            }

            if (!IsWordChar(c))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || (text[i] == '!' && i + 1 < text.Length && IsWordChar(text[i + 1]))))
            {
                i++;
            }

            var span = Trim(text, new TextSpan(start, i - start));
            if (span.Length > 0)
            {
                var (normalized, disguised) = Normalize(text.AsSpan(span.Start, span.Length));
                words.Add(new Word(span, normalized, disguised, sentences.Count));
            }
        }

        sentences.Add(new TextSpan(sentenceStart, text.Length - sentenceStart));
        return new DraftText(draft, [.. words], [.. sentences]);
    }

    /// <summary>
    /// For each word, the lists of <paramref name="index"/> it is in: computed once for the draft (every check that
    /// reads word lists shares it), one look-up a word.
    /// </summary>
    public WordMask[] Masks(LexiconIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (masks is { } cached && ReferenceEquals(cached.Index, index))
        {
            return cached.Masks;
        }

        var computed = new WordMask[Words.Count];
        for (var i = 0; i < computed.Length; i++)
        {
            computed[i] = index.Of(Words[i].Normalized);
        }

        masks = (index, computed);
        return computed;
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
            if (!value.ContainsAnyInRange('A', 'Z'))
            {
                return new string(value);
            }

            Span<char> buffer = value.Length <= 128 ? stackalloc char[value.Length] : new char[value.Length];
            System.Text.Ascii.ToLower(value, buffer, out _);
            return new string(buffer);
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

    private static readonly System.Buffers.SearchValues<char> AsciiLetters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    // Each letter of Latin-1 Supplement and Latin Extended-A/B as its lower-case base letter ("É" → 'e').
    private static readonly char[] LatinBaseLetters = [.. Enumerable.Range(LatinBase, 0x0250 - LatinBase).Select(static code =>
    {
        var decomposed = ((char)code).ToString().Normalize(NormalizationForm.FormD);
        return char.ToLowerInvariant(decomposed[0]);
    })];

    private static (string Normalized, bool Disguised) Normalize(ReadOnlySpan<char> raw)
    {
        var folded = Fold(raw);
        if (!raw.ContainsAnyExcept(AsciiLetters))
        {
            return (folded, false);
        }

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

    private static bool IsWordChar(char c)
    {
        if (c < '\u0080')
        {
            return char.IsAsciiLetterOrDigit(c) || c is '@' or '$' or '*';
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }
}
