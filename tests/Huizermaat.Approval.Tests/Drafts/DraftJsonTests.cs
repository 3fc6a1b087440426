using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Tests.Drafts;

public sealed class DraftJsonTests
{
    [Fact]
    public void A_full_draft_is_read_with_every_field()
    {
        var draft = DraftJson.Parse("""
            {"text":"Hoi","capacity":"personal","channels":["x","mastodon"],"acknowledgedPermanence":true,
             "media":[{"kind":"video","fileName":"a.mp4","people":["p-1"],"noIdentifiablePeople":false,
                       "ownWork":false,"creator":"Anna","creatorPermission":true}]}
            """);

        Assert.Equal("Hoi", draft.Text);
        Assert.Equal(Capacity.Personal, draft.Capacity);
        Assert.Equal([Channel.X, Channel.Mastodon], draft.Channels);
        Assert.True(draft.AcknowledgedPermanence);
        var item = Assert.Single(draft.Media);
        Assert.Equal(new MediaItem(MediaKind.Video, "a.mp4", item.People, false, false, "Anna", true), item);
        Assert.Equal(["p-1"], item.People);
    }

    [Fact]
    public void Missing_optional_fields_mean_not_given()
    {
        var draft = DraftJson.Parse("""{"text":"Hoi"}""");

        Assert.Null(draft.Capacity);
        Assert.Empty(draft.Channels);
        Assert.False(draft.AcknowledgedPermanence);
        Assert.Empty(draft.Media);
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("[]", "a draft must be a JSON object, not an array")]
    [InlineData("{}", "\"text\" is missing")]
    [InlineData("""{"text":5}""", "\"text\" must be a string, not a number")]
    [InlineData("""{"text":"a","capacity":"private"}""", "unknown capacity \"private\" (expected \"official\" or \"personal\")")]
    [InlineData("""{"text":"a","channels":["tiktok"]}""", "unknown channel \"tiktok\"")]
    [InlineData("""{"text":"a","channels":"x"}""", "\"channels\" must be an array")]
    [InlineData("""{"text":"a","acknowledgedPermanence":"yes"}""", "\"acknowledgedPermanence\" must be true or false, not a string")]
    [InlineData("""{"text":"a","media":[{"fileName":"a.jpg"}]}""", "\"media[0].kind\" is missing")]
    [InlineData("""{"text":"a","media":[{"kind":"pdf"}]}""", "unknown \"media[0].kind\" \"pdf\"")]
    [InlineData("""{"text":"a","media":[{"kind":"photo","people":[""]}]}""", "\"media[0].people\" must hold non-empty person ids")]
    [InlineData("""{"text":"a\uDC00"}""", "\"text\" holds an unpaired surrogate")]
    [InlineData("""{"text":"a","channels":["\uD800"]}""", "\"channels\" holds an unpaired surrogate")]
    [InlineData("""{"text":"a","media":[{"kind":"photo","people":["p\uD800"]}]}""", "\"media[0].people\" holds an unpaired surrogate")]
    [InlineData("""{"text":"a","c\uD800apacity":"official"}""", "a field name holds an unpaired surrogate")]
    [InlineData("""{"text":"a","media":[{"\uDFFFkind":"photo"}]}""", "a field name holds an unpaired surrogate")]
    public void Bad_input_gets_an_error_that_names_the_field(string json, string message)
    {
        var error = Assert.Throws<DraftFormatException>(() => DraftJson.Parse(json));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_with_an_unpaired_surrogate_character_is_refused_as_invalid_text()
    {
        // Made at run time: an attribute cannot hold the lone surrogate (it would become U+FFFD).
        var json = "{\"text\":\"a" + '\uD800' + "\"}";

        var error = Assert.Throws<DraftFormatException>(() => DraftJson.Parse(json));

        Assert.Contains("not valid text (it holds an unpaired surrogate character)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Contests_are_read_with_their_rule_quote_and_trimmed_reason()
    {
        var draft = DraftJson.Parse("""
            {"text":"Bel 06 98765432","contests":[{"rule":"A.1","quote":"06 98765432","reason":"  Schooltelefoon. "},{"rule":"C.3","reason":"Niet over school."}]}
            """);

        Assert.Equal([new Contest("A.1", "06 98765432", "Schooltelefoon."), new Contest("C.3", null, "Niet over school.")], draft.Contests);
    }

    [Theory]
    [InlineData("""{"text":"a","contests":{}}""", "\"contests\" must be an array, not an object")]
    [InlineData("""{"text":"a","contests":[{"quote":"a","reason":"r"}]}""", "\"contests[0].rule\" is missing")]
    [InlineData("""{"text":"a","contests":[{"rule":"A.4","reason":"r"}]}""", "\"contests[0].rule\" \"A.4\" cannot be contested (only A.1, A.2, A.3, BD.5, C.1, C.2, C.3)")]
    [InlineData("""{"text":"a","contests":[{"rule":"CH.X","reason":"r"}]}""", "\"CH.X\" cannot be contested")]
    [InlineData("""{"text":"a","contests":[{"rule":"A.1","quote":"a","reason":"  "}]}""", "\"contests[0].reason\" is missing: say why the finding is wrong")]
    [InlineData("""{"text":"a","contests":[{"rule":"A.1","quote":5,"reason":"r"}]}""", "\"contests[0].quote\" must be a string, not a number")]
    public void A_bad_contest_gets_an_error_that_names_the_field(string json, string message)
    {
        var error = Assert.Throws<DraftFormatException>(() => DraftJson.Parse(json));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contest_reason_longer_than_a_short_reason_is_refused()
    {
        var json = $$"""{"text":"a","contests":[{"rule":"A.3","quote":"a","reason":"{{new string('r', Contest.MaxReasonLength + 1)}}"}]}""";

        var error = Assert.Throws<DraftFormatException>(() => DraftJson.Parse(json));

        Assert.Contains("\"contests[0].reason\" has 501 characters; at most 500 are allowed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_longer_than_any_network_takes_is_refused()
    {
        var json = $$"""{"text":"{{new string('a', DraftJson.MaxTextLength + 1)}}"}""";

        var error = Assert.Throws<DraftFormatException>(() => DraftJson.Parse(json));

        Assert.Contains("at most 65,536", error.Message, StringComparison.Ordinal);
    }
}
