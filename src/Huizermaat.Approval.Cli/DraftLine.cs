using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Cli;

/// <summary>One line of the <c>check</c> command's input.</summary>
public static class DraftLine
{
    /// <summary>A line may hold at most 1 MiB of characters: the largest valid draft is far smaller.</summary>
    public const int MaxLength = 1 << 20;

    /// <returns>The draft, or null for a blank line.</returns>
    /// <exception cref="DraftFormatException">The line is too long or not a valid draft.</exception>
    public static Draft? Parse(Line line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.TooLong)
        {
            throw new DraftFormatException($"the line is longer than {MaxLength:N0} characters; a draft is far smaller");
        }

        return string.IsNullOrWhiteSpace(line.Text) ? null : DraftJson.Parse(line.Text);
    }
}
