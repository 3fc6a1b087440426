using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Checks;

/// <summary>
/// Runs every protocol check over a draft and returns the findings in text order, the blocks the author contests
/// marked as such (<see cref="Contests"/>).
/// </summary>
public sealed class ProtocolChecker(IEnumerable<IProtocolCheck> checks)
{
    private readonly IProtocolCheck[] checks = [.. checks];

    public IReadOnlyList<Finding> Check(Draft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var text = DraftText.Analyze(draft);
        var findings = new List<Finding>();
        foreach (var check in checks)
        {
            findings.AddRange(check.Check(text));
        }

        findings.Sort(static (a, b) =>
            (a.Start ?? int.MaxValue).CompareTo(b.Start ?? int.MaxValue) is var byStart and not 0
                ? byStart
                : string.CompareOrdinal(a.Rule, b.Rule));
        return Contests.Apply(draft, findings);
    }
}
