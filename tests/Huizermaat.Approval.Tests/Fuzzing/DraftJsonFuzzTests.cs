using System.Text.Json.Nodes;
using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Tests.Fuzzing;

/// <summary>
/// Random and mutated drafts for <see cref="DraftJson.Parse"/> (what the <c>check</c> command and <c>POST /api/check</c>
/// read): every input ends in a <see cref="Draft"/> or a <see cref="DraftFormatException"/>.
/// </summary>
public sealed class DraftJsonFuzzTests
{
    private static readonly string[] Valid =
    [
        """{"text":"Open dag zaterdag!","capacity":"official","channels":["instagram","facebook","x","linkedin","mastodon"],"acknowledgedPermanence":true}""",
        """{"text":"Sportdag","capacity":"personal","channels":["x"],"acknowledgedPermanence":false,"media":[{"kind":"photo","fileName":"a.jpg","people":["p.sanne","p.tom"],"noIdentifiablePeople":false,"ownWork":true,"creator":"Juf","creatorPermission":true},{"kind":"video","fileName":"b.mp4","people":[],"noIdentifiablePeople":true}]}""",
        """{"text":"","channels":null,"media":null,"capacity":null}""",
    ];

    private static readonly string[] Fields =
        ["text", "capacity", "channels", "acknowledgedPermanence", "media", "kind", "fileName", "people", "noIdentifiablePeople", "ownWork", "creator", "creatorPermission"];

    private static readonly string[] Words = ["official", "personal", "photo", "video", "audio", "instagram", "x", "mastodon", "", " ", "\uD800", "p.sanne"];

    [Fact]
    public void Mutated_drafts_are_read_or_refused_with_a_DraftFormatException()
    {
        Fuzz.Run(Fuzz.Cases(3000), random => TextMutator.Mutate(random, Valid[random.Next(Valid.Length)]), Parse, [typeof(DraftFormatException)], Fuzz.Describe);
    }

    [Fact]
    public void Random_JSON_with_the_drafts_field_names_is_read_or_refused_with_a_DraftFormatException()
    {
        Fuzz.Run(Fuzz.Cases(2000), random => Value(random, depth: 0, new int[] { 300 })?.ToJsonString() ?? "null", Parse, [typeof(DraftFormatException)], Fuzz.Describe);
    }

    [Fact]
    public void Noise_is_refused_with_a_DraftFormatException()
    {
        Fuzz.Run(Fuzz.Cases(1000), TextMutator.Noise, Parse, [typeof(DraftFormatException)], Fuzz.Describe);
    }

    private static void Parse(string json) => _ = DraftJson.Parse(json);

    /// <summary>
    /// A random JSON value of at most <paramref name="budget"/>[0] nodes, objects keyed mostly by the draft's own field
    /// names, up to 20 levels deep (the reader allows 16).
    /// </summary>
    private static JsonNode? Value(Random random, int depth, int[] budget)
    {
        budget[0]--;
        switch (depth > 20 || budget[0] <= 0 ? random.Next(5) : random.Next(8))
        {
            case 0:
                return null;
            case 1:
                return JsonValue.Create(random.Next(2) == 0);
            case 2:
                return JsonValue.Create(random.Next(3) == 0 ? random.NextDouble() * 1e300 : random.Next(-5, 5));
            case 3:
            case 4:
                return JsonValue.Create(random.Next(4) == 0 ? TextMutator.Noise(random) : Words[random.Next(Words.Length)]);
            case 5:
                var array = new JsonArray();
                for (var i = random.Next(0, depth == 0 ? 3 : 25); i > 0; i--)
                {
                    array.Add(Value(random, depth + 1, budget));
                }

                return array;
            default:
                var node = new JsonObject();
                for (var i = random.Next(0, 8); i > 0; i--)
                {
                    node[random.Next(6) == 0 ? TextMutator.Noise(random) : Fields[random.Next(Fields.Length)]] = Value(random, depth + 1, budget);
                }

                return node;
        }
    }
}
