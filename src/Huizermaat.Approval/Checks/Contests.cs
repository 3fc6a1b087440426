using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Checks;

/// <summary>
/// A wrong block is not a dead end: a blocking finding of a text rule that a heuristic decides (personal data,
/// confidentiality, decency, internal matters, the personal post's disclosure and disclaimer) may be contested by the
/// author with a reason (<see cref="Contest"/>). A contested finding stays in the list, marked with the contest, and no
/// longer blocks: the manager sees it and decides. Acknowledging permanence (A.4), the people in media (A.5), the
/// capacity (B.2), the creator's permission (BD.3) and the channels' limits (CH.*) are facts, not judgements, and
/// stay hard blocks.
/// </summary>
public static class Contests
{
    /// <summary>The rules whose blocks an author may contest (C.1 is A.1 and A.2 on a personal post).</summary>
    public static IReadOnlySet<string> Contestable { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "A.1", "A.2", "A.3", "BD.5", "C.1", "C.2", "C.3",
    };

    public static bool IsContestable(string rule) => Contestable.Contains(rule);

    /// <summary>True when the finding stops the draft: a block that is not contested.</summary>
    public static bool Blocks(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Severity == Severity.Block && finding.Contest is null;
    }

    /// <summary>The text a finding is about, as a contest quotes it; null for a finding about the whole post.</summary>
    public static string? QuoteOf(string text, Finding finding)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(finding);
        return finding is { Start: { } start, Length: { } length } && start >= 0 && length >= 0 && start + length <= text.Length
            ? text.Substring(start, length)
            : null;
    }

    /// <summary>
    /// The findings with each contestable block that one of the draft's contests names (same rule, same quoted text)
    /// marked as contested; every other finding as it was. A contest that names no finding (the text changed, or the
    /// finding is gone) is ignored.
    /// </summary>
    public static IReadOnlyList<Finding> Apply(Draft draft, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(findings);
        if (draft.Contests.Count == 0)
        {
            return findings;
        }

        return [.. findings.Select(finding =>
        {
            if (finding.Severity != Severity.Block || !IsContestable(finding.Rule))
            {
                return finding;
            }

            var quote = QuoteOf(draft.Text, finding);
            var contest = draft.Contests.FirstOrDefault(c => c.Rule == finding.Rule && string.Equals(c.Quote, quote, StringComparison.Ordinal));
            return contest is null ? finding : finding with { Contest = contest };
        })];
    }
}
