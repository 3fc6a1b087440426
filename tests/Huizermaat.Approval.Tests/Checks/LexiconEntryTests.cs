using Huizermaat.Approval.Checks;

namespace Huizermaat.Approval.Tests.Checks;

/// <summary>Every entry of the decency lists is caught as its list says: aimed where it is aimed, with its severity.</summary>
public sealed class LexiconEntryTests
{
    private static readonly ProtocolLexicon Lexicon = ProtocolLexicon.LoadEmbedded();

    public static TheoryData<string, string, Severity> Entries()
    {
        var data = new TheoryData<string, string, Severity>();
        foreach (var (list, severity) in (ReadOnlySpan<(WordList, Severity)>)[
            (Lexicon.Slurs, Severity.Block), (Lexicon.Sexual, Severity.Block), (Lexicon.Curses, Severity.Block),
            (Lexicon.Insults, Severity.Block), (Lexicon.MildVulgarity, Severity.Warn)])
        {
            foreach (var entry in list.Words.Values.Distinct())
            {
                var text = entry.Identity ? $"Stomme {entry.Text}!" : entry.Aimed ? $"Jij {entry.Text}!" : $"Nou, {entry.Text}.";
                data.Add(text, entry.Text, severity);
            }

            foreach (var prefix in list.Prefixes.Keys)
            {
                data.Add($"Wat een {prefix}zooi.", prefix + "zooi", severity);
            }

            foreach (var phrase in list.Phrases)
            {
                data.Add($"Nou, {string.Join(' ', phrase)}.", string.Join(' ', phrase), severity);
            }
        }

        foreach (var disease in Lexicon.DiseaseCurses.Words.Values.Distinct())
        {
            data.Add($"Krijg de {disease.Text}!", disease.Text, Severity.Block);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Every_entry_of_the_decency_lists_is_caught_with_its_severity(string text, string word, Severity severity)
    {
        var finding = Assert.Single(Drafts.Check(text), f => f.Rule == "A.3");

        Assert.Equal(severity, finding.Severity);
        Assert.Equal(word, text.Substring(finding.Start!.Value, finding.Length!.Value));
    }
}
