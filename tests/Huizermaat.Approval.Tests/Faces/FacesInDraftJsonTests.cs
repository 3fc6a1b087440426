using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Faces;

namespace Huizermaat.Approval.Tests.Faces;

public sealed class FacesInDraftJsonTests
{
    private static Draft Parse(string faces) => DraftJson.Parse(
        $$"""{"text":"Sportdag","media":[{"kind":"photo","fileName":"klas.jpg","people":["p-1"],"faces":{{faces}}}]}""");

    [Fact]
    public void Faces_are_read_with_their_boxes_and_assignments()
    {
        var faces = Parse("""
            [{"x":0.1,"y":0.2,"width":0.05,"height":0.07,"confidence":0.93,"assignment":"person","person":"p-1"},
             {"x":0.3,"y":0.2,"width":0.05,"height":0.07,"confidence":0.8,"assignment":"blur"},
             {"x":0.5,"y":0.2,"width":0.05,"height":0.07,"confidence":0.7,"assignment":"unrecognisable"},
             {"x":0.7,"y":0.2,"width":0.05,"height":0.07}]
            """).Media[0].Faces!;

        Assert.Equal(
            [
                new MediaFace(new FaceBox(0.1, 0.2, 0.05, 0.07, 0.93), FaceResolution.Person, "p-1"),
                new MediaFace(new FaceBox(0.3, 0.2, 0.05, 0.07, 0.8), FaceResolution.Blur),
                new MediaFace(new FaceBox(0.5, 0.2, 0.05, 0.07, 0.7), FaceResolution.Unrecognisable),
                new MediaFace(new FaceBox(0.7, 0.2, 0.05, 0.07, 1), FaceResolution.Unresolved),
            ],
            faces);
    }

    [Fact]
    public void A_media_item_without_faces_was_not_analysed()
    {
        Assert.Null(DraftJson.Parse("""{"text":"x","media":[{"kind":"photo"}]}""").Media[0].Faces);
    }

    [Theory]
    [InlineData("{}", "\"media[0].faces\" must be an array")]
    [InlineData("[1]", "\"media[0].faces[0]\" must be an object")]
    [InlineData("""[{"y":0,"width":0.1,"height":0.1}]""", "\"media[0].faces[0].x\" is missing")]
    [InlineData("""[{"x":1.5,"y":0,"width":0.1,"height":0.1}]""", "\"media[0].faces[0].x\" must be a number from 0 to 1")]
    [InlineData("""[{"x":0.95,"y":0,"width":0.1,"height":0.1}]""", "reaches outside the photo")]
    [InlineData("""[{"x":0,"y":0,"width":0.1,"height":0.1,"confidence":"hoog"}]""", "\"media[0].faces[0].confidence\" must be a number from 0 to 1")]
    [InlineData("""[{"x":0,"y":0,"width":0.1,"height":0.1,"assignment":"vervagen"}]""", "unknown \"media[0].faces[0].assignment\" \"vervagen\"")]
    [InlineData("""[{"x":0,"y":0,"width":0.1,"height":0.1,"assignment":"person"}]""", "\"media[0].faces[0].person\" is missing")]
    [InlineData("""[{"x":0,"y":0,"width":0.1,"height":0.1,"assignment":"blur","person":"p-1"}]""", "is only for \"assignment\": \"person\"")]
    public void Malformed_faces_are_refused_naming_the_field(string faces, string expected)
    {
        var error = Assert.Throws<DraftFormatException>(() => Parse(faces));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_faces_than_an_item_may_list_are_refused()
    {
        var many = "[" + string.Join(",", Enumerable.Repeat("""{"x":0,"y":0,"width":0.01,"height":0.01}""", DraftJson.MaxFacesPerItem + 1)) + "]";

        Assert.Contains("lists more than 100 faces", Assert.Throws<DraftFormatException>(() => Parse(many)).Message, StringComparison.Ordinal);
    }
}
