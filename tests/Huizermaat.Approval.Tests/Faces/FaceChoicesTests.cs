using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Faces;

namespace Huizermaat.Approval.Tests.Faces;

public sealed class FaceChoicesTests
{
    private static readonly FaceBox[] Stored = [new(0.1, 0.2, 0.05, 0.07, 0.93), new(0.5, 0.2, 0.05, 0.07, 0.81)];

    [Fact]
    public void The_stored_boxes_carry_the_authors_choices_by_position()
    {
        MediaFace[] sent = [new(Stored[0] with { X = 0.105, Confidence = 1 }, FaceResolution.Person, "sanne"), new(Stored[1], FaceResolution.Blur)];

        var faces = FaceChoices.Apply(Stored, sent, "media[0]");

        Assert.Equal([new MediaFace(Stored[0], FaceResolution.Person, "sanne"), new MediaFace(Stored[1], FaceResolution.Blur)], faces);
    }

    [Fact]
    public void A_draft_that_sends_no_faces_leaves_every_stored_face_unresolved()
    {
        Assert.Equal(Stored.Select(b => new MediaFace(b)), FaceChoices.Apply(Stored, null, "media[0]")!);
    }

    [Fact]
    public void An_item_that_was_not_analysed_has_no_faces_and_takes_none()
    {
        Assert.Null(FaceChoices.Apply(null, null, "media[0]"));
        Assert.Null(FaceChoices.Apply(null, [], "media[0]"));
        Assert.Contains("was not analysed", Assert.Throws<DraftFormatException>(() => FaceChoices.Apply(null, [new MediaFace(Stored[0])], "media[0]")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Faces_dropped_added_or_moved_are_refused()
    {
        Assert.Contains("has 1 faces, the upload 2", Assert.Throws<DraftFormatException>(() => FaceChoices.Apply(Stored, [new MediaFace(Stored[0])], "media[0]")).Message, StringComparison.Ordinal);
        Assert.Contains("\"media[0].faces[1]\" is not the face the upload found there",
            Assert.Throws<DraftFormatException>(() => FaceChoices.Apply(Stored, [new MediaFace(Stored[0]), new MediaFace(Stored[1] with { Y = 0.5 })], "media[0]")).Message,
            StringComparison.Ordinal);
    }
}
