using System.Text.RegularExpressions;

namespace Huizermaat.Approval.Checks;

/// <summary>
/// A.1 / C.1: e-mail addresses of persons. Role mailboxes (info@, administratie@) and the school's
/// public addresses pass.
/// </summary>
public sealed partial class EmailAddressCheck(ProtocolCheckOptions options) : IProtocolCheck
{
    private readonly HashSet<string> publicAddresses = new(options.PublicEmailAddresses, StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> roleMailboxes = new(options.RoleMailboxes, StringComparer.OrdinalIgnoreCase);

    public IEnumerable<Finding> Check(DraftText draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!draft.Text.Contains('@', StringComparison.Ordinal))
        {
            yield break;
        }

        var rule = PrivacyRules.PersonalData(draft.Draft);
        foreach (Match match in Address().Matches(draft.Text))
        {
            var span = new TextSpan(match.Index, match.Length);
            var address = draft.Slice(span);
            var local = address[..address.IndexOf('@', StringComparison.Ordinal)];
            if (publicAddresses.Contains(address) || roleMailboxes.Contains(local))
            {
                continue;
            }

            yield return Finding.InText(rule, Severity.Block,
                $"'{address}' is het e-mailadres van een persoon. Gebruik een algemeen adres van de school, zoals info@.", span);
        }
    }

    [GeneratedRegex(@"(?<![\w.%+-])(?>[A-Za-z0-9._%+-]+)@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex Address();
}
