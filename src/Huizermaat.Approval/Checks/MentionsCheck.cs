using System.Text.RegularExpressions;

namespace Huizermaat.Approval.Checks;

/// <summary>A.6: mentioning or tagging accounts: a pupil's personal account must not be tagged.</summary>
public sealed partial class MentionsCheck : IProtocolCheck
{
    public const string Rule = "A.6";

    public IEnumerable<Finding> Check(DraftText draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        foreach (Match match in Mention().Matches(draft.Text))
        {
            var span = new TextSpan(match.Index, match.Length);
            yield return Finding.InText(Rule, Severity.Warn,
                $"'{draft.Slice(span)}' tagt een account. Tag geen persoonlijke accounts van leerlingen.", span);
        }
    }

    [GeneratedRegex(@"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@]|\.\w)", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex Mention();
}
