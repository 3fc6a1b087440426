using System.Text;

namespace Huizermaat.Approval.People;

/// <summary>
/// A small RFC 4180 reader: fields separated by the delimiter found in the header line (<c>;</c>, <c>,</c> or tab),
/// optionally quoted with <c>"</c> (a quote inside doubled), line breaks allowed inside quotes.
/// </summary>
internal static class CsvRecords
{
    /// <summary>Each record with the line it starts on (1-based), or the error that ends the file.</summary>
    public static IEnumerable<(int Line, IReadOnlyList<string> Fields, string? Error)> Read(TextReader reader)
    {
        var text = reader.ReadToEnd();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var headerEnd = text.IndexOfAny(['\r', '\n']);
        var header = headerEnd < 0 ? text : text[..headerEnd];
        var delimiter = new[] { ';', ',', '\t' }.OrderByDescending(d => header.Count(c => c == d)).First();

        var (line, position) = (1, 0);
        while (position < text.Length)
        {
            var start = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            var blank = true; // the field holds only white space so far (a quote then opens a quoted field)
            var quoted = false;
            string? error = null;
            while (true)
            {
                if (position >= text.Length)
                {
                    if (quoted)
                    {
                        error = "a quoted field is not closed";
                    }

                    break;
                }

                var c = text[position++];
                if (quoted)
                {
                    if (c == '"' && position < text.Length && text[position] == '"')
                    {
                        field.Append('"');
                        blank = false;
                        position++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        line += c == '\n' ? 1 : 0;
                        field.Append(c);
                        blank &= char.IsWhiteSpace(c);
                    }
                }
                else if (c == '"' && blank)
                {
                    field.Clear();
                    quoted = true;
                }
                else if (c == delimiter)
                {
                    fields.Add(field.ToString().Trim());
                    field.Clear();
                    blank = true;
                }
                else if (c is '\r' or '\n')
                {
                    if (c == '\r' && position < text.Length && text[position] == '\n')
                    {
                        position++;
                    }

                    line++;
                    break;
                }
                else
                {
                    field.Append(c);
                    blank &= char.IsWhiteSpace(c);
                }
            }

            fields.Add(field.ToString().Trim());
            if (error is null && fields.All(f => f.Length == 0))
            {
                continue; // a blank line
            }

            yield return (start, fields, error);
            if (error is not null)
            {
                yield break;
            }
        }
    }
}
