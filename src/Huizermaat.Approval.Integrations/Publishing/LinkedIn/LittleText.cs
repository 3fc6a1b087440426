using System.Text;

namespace Huizermaat.Approval.Integrations.Publishing.LinkedIn;

/// <summary>
/// LinkedIn's "little text" format of a post's commentary: these characters are markup and must be escaped with a
/// backslash to appear as written: <c>| { } @ [ ] ( ) &lt; &gt; # \ * _ ~</c>.
/// </summary>
internal static class LittleText
{
    private const string Reserved = "|{}@[]()<>#\\*_~";

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Reserved.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    public static string Unescape(string text)
    {
        var plain = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && Reserved.Contains(text[i + 1], StringComparison.Ordinal))
            {
                i++;
            }

            plain.Append(text[i]);
        }

        return plain.ToString();
    }
}
