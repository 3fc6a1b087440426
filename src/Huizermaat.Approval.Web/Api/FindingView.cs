using Huizermaat.Approval.Checks;

namespace Huizermaat.Approval.Web.Api;

/// <summary>A finding as the HTTP API and the pages show it, with the article's Dutch wording.</summary>
public sealed record FindingView(string Rule, string Severity, string Message, int? Start, int? Length, string? SuggestedFix, string Article)
{
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
            ProtocolArticles.Describe(finding.Rule));
    }
}
