using Huizermaat.Approval.Checks;

namespace Huizermaat.Approval.Web.Api;

/// <summary>
/// A finding as the HTTP API and the pages show it, with the article's Dutch wording; a block says whether the author
/// may contest it (<see cref="Contestable"/>) and carries the author's contest once they did (<see cref="Contest"/>).
/// </summary>
public sealed record FindingView(string Rule, string Severity, string Message, int? Start, int? Length, string? SuggestedFix, string Article)
{
    /// <summary>A block the author may contest (see <see cref="Contests"/>), and has not.</summary>
    public bool Contestable { get; init; }

    /// <summary>The author's contest of this block: it then does not block, and the manager decides.</summary>
    public Huizermaat.Approval.Drafts.Contest? Contest { get; init; }

    /// <summary>True for a block that stops the draft (not contested).</summary>
    public bool Blocks => Severity == "block" && Contest is null;

    public static FindingView From(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new(
            finding.Rule,
            finding.Severity switch { Checks.Severity.Block => "block", Checks.Severity.Warn => "warn", _ => "info" },
            finding.Message,
            finding.Start,
            finding.Length,
            finding.SuggestedFix,
            ProtocolArticles.Describe(finding.Rule))
        {
            Contestable = finding.Severity == Checks.Severity.Block && finding.Contest is null && Contests.IsContestable(finding.Rule),
            Contest = finding.Contest,
        };
    }
}
