using System.Text;

namespace Huizermaat.Approval.Cli;

/// <summary>Reads lines without ever holding more than <c>maxLength</c> characters of one line in memory.</summary>
public sealed class LineReader(TextReader reader, int maxLength)
{
    private readonly char[] buffer = new char[8192];
    private int position;
    private int filled;
    private int number;

    public async Task<Line?> ReadAsync(CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var tooLong = false;
        var any = false;
        while (true)
        {
            if (position == filled)
            {
                filled = await reader.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
                position = 0;
                if (filled == 0)
                {
                    return any ? Finish(text, tooLong) : null;
                }
            }

            any = true;
            var newline = Array.IndexOf(buffer, '\n', position, filled - position);
            var end = newline < 0 ? filled : newline;
            if (!tooLong)
            {
                text.Append(buffer, position, end - position);
                if (text.Length > maxLength)
                {
                    tooLong = true;
                    text.Clear();
                }
            }

            position = newline < 0 ? filled : newline + 1;
            if (newline >= 0)
            {
                return Finish(text, tooLong);
            }
        }
    }

    private Line Finish(StringBuilder text, bool tooLong)
    {
        number++;
        if (text.Length > 0 && text[^1] == '\r')
        {
            text.Length--;
        }

        return new Line(number, tooLong ? string.Empty : text.ToString(), tooLong);
    }
}
