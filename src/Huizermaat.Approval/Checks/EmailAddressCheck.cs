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
        foreach (var span in Addresses(draft.Text))
        {
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

    /// <summary>
    /// Each e-mail address: from every '@', the local part back to where it starts (never past the previous '@', so
    /// each character is read once) and the domain after it.
    /// </summary>
    private static IEnumerable<TextSpan> Addresses(string text)
    {
        var after = 0;
        for (var at = text.IndexOf('@', StringComparison.Ordinal); at >= 0; at = text.IndexOf('@', Math.Max(at + 1, after)))
        {
            var start = at;
            while (start > after && IsLocal(text[start - 1]))
            {
                start--;
            }

            // The local part starts a word: "é.mark@…" or "x_mark@…" is no address.
            if (start == at || (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '.' or '%' or '+' or '-')))
            {
                continue;
            }

            var domain = Domain().Match(text, at + 1);
            if (domain.Success)
            {
                after = domain.Index + domain.Length;
                yield return new TextSpan(start, after - start);
            }
        }

        static bool IsLocal(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';
    }

    [GeneratedRegex(@"\G[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex Domain();
}
