using System.Text;

namespace Huizermaat.Approval.Tests.Fuzzing;

/// <summary>
/// Mutates text as a fuzzer does: replaces, inserts, deletes and repeats characters and whole ranges, with a bias to
/// characters and tokens that mean something to JSON and CSV parsers (quotes, separators, line ends, escapes, lone
/// surrogates, huge numbers, deep nesting).
/// </summary>
internal static class TextMutator
{
    private static readonly string[] Tokens =
    [
        "\"", "\\", "{", "}", "[", "]", ",", ":", ";", "\n", "\r", "\r\n", "\0", "\t", " ", "\uFEFF", "\uFFFD", "\uD800", "\uDC00", "é", "😀",
        "null", "true", "false", "0", "-0", "1e400", "-1e-400", "99999999999999999999999999", "NaN", "\"\"", "[]", "{}",
        "\"\\u0000\"", "\"\\uD800\"", "\"\\uDFFF\\uD800\"", "\\uD800", "\\uDC00", "\\u", "\\x", "\"\"\"", ";;;;", "\"a;b\"", "=cmd|' /C calc'!A0",
        new string('[', 40), new string('{', 40), new string(']', 40),
    ];

    public static string Mutate(Random random, string input)
    {
        var text = new StringBuilder(input);
        var rounds = random.Next(1, 5);
        for (var round = 0; round < rounds; round++)
        {
            var at = text.Length == 0 ? 0 : random.Next(text.Length);
            var length = text.Length == 0 ? 0 : random.Next(1, Math.Min(16, text.Length - at) + 1);
            switch (random.Next(7))
            {
                case 0:
                    text.Remove(at, length).Insert(at, Token(random));
                    break;
                case 1:
                    text.Insert(at, Token(random));
                    break;
                case 2:
                    text.Remove(at, length);
                    break;
                case 3:
                    var repeated = text.ToString(at, length);
                    text.Insert(at, string.Concat(Enumerable.Repeat(repeated, random.Next(2, 50))));
                    break;
                case 4:
                    text.Length = at;
                    break;
                case 5:
                    if (text.Length > 0)
                    {
                        text[at] = (char)random.Next(0, 0x10000);
                    }

                    break;
                default:
                    text.Insert(at, new string((char)random.Next(32, 127), random.Next(1, 70_000)));
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Text that is nothing in particular: tokens and random characters.</summary>
    public static string Noise(Random random)
    {
        var text = new StringBuilder();
        for (var i = random.Next(0, 60); i > 0; i--)
        {
            text.Append(random.Next(3) == 0 ? (char)random.Next(0, 0x10000) : Token(random));
        }

        return text.ToString();
    }

    private static string Token(Random random) => Tokens[random.Next(Tokens.Length)];
}
