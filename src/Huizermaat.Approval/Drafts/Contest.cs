namespace Huizermaat.Approval.Drafts;

/// <summary>
/// The author's word that a blocking text finding is wrong ("Dit is een biologieles"): the draft goes ahead and the
/// manager, who sees the finding marked as contested with this reason, decides. A contest names the finding by its
/// rule and the text it found (<see cref="Quote"/>), so it still applies after edits elsewhere in the text and lapses
/// when that text changes.
/// </summary>
/// <param name="Rule">The finding's article code (only <see cref="Checks.Contests.Contestable"/> rules).</param>
/// <param name="Quote">The text the finding is about, exactly as it stands; null for a finding about the whole post (C.2, C.3).</param>
/// <param name="Reason">Why the author thinks the finding is wrong, in their words.</param>
public sealed record Contest(string Rule, string? Quote, string Reason)
{
    public const int MaxReasonLength = 500;

    public const int MaxQuoteLength = 500;

    public const int MaxPerDraft = 50;
}
