namespace Huizermaat.Approval.Checks;

/// <summary>
/// One result of a protocol check: the article it cites (<see cref="Rule"/>), a short Dutch
/// message saying what to change, and where applicable the span of text it found and a
/// suggested sentence that fixes it.
/// </summary>
public sealed record Finding(
    string Rule,
    Severity Severity,
    string Message,
    int? Start = null,
    int? Length = null,
    string? SuggestedFix = null)
{
    /// <summary>The author's contest of this block, when they contested it (see <see cref="Contests"/>): it then does not block.</summary>
    public Drafts.Contest? Contest { get; init; }

    public static Finding InText(string rule, Severity severity, string message, TextSpan span) =>
        new(rule, severity, message, span.Start, span.Length);
}
