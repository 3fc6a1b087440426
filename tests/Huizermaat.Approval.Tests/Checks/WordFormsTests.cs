using Huizermaat.Approval.Checks;

namespace Huizermaat.Approval.Tests.Checks;

public sealed class WordFormsTests
{
    [Theory]
    [InlineData("hufter", "zn", "hufters huftertje huftertjes")]
    [InlineData("teef", "zn", "teven teefje")]
    [InlineData("mongool", "zn", "mongolen mongooltje")]
    [InlineData("slet", "zn", "sletten sletje")]
    [InlineData("lul", "zn", "lullen lulletje")]
    [InlineData("kneus", "zn", "kneuzen kneusje")]
    [InlineData("homo", "zn", "homos homootje")]
    [InlineData("achterlijk", "bn", "achterlijke achterlijker achterlijkste")]
    [InlineData("neuk", "ww", "neuken neukt neukte neukten geneukt neukend neuker")]
    [InlineData("prick", "noun", "pricks")]
    [InlineData("pussy", "noun", "pussies")]
    [InlineData("wank", "verb", "wanks wanked wanking wanker wankers")]
    public void Inflections_come_from_the_stem(string stem, string kind, string expected)
    {
        var forms = WordForms.Of(stem, kind).ToHashSet(StringComparer.Ordinal);

        Assert.Contains(stem, forms);
        Assert.All(expected.Split(' '), form => Assert.Contains(form, forms));
    }

    [Fact]
    public void A_list_entry_with_a_kind_matches_its_forms_and_keeps_its_flags()
    {
        var list = WordList.Parse("eikel/zn @aimed\nkut*\nrot op\n");

        Assert.True(list.Words["eikeltjes"].Aimed);
        Assert.True(list.Contains("kutweer"));
        Assert.False(list.Contains("rot"));
        Assert.Single(list.Phrases);
    }

    [Theory]
    [InlineData("eikel/xx", "unknown kind of word 'xx'")]
    [InlineData("eikel @loud", "unknown flag '@loud'")]
    public void A_list_line_with_an_unknown_kind_or_flag_is_refused_with_its_line(string line, string reason)
    {
        var error = Assert.Throws<FormatException>(() => WordList.Parse("# comment\n" + line));

        Assert.Contains("Line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
