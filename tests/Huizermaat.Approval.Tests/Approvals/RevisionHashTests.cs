using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Faces;

namespace Huizermaat.Approval.Tests.Approvals;

public sealed class RevisionHashTests
{
    [Fact]
    public void The_same_text_and_media_give_the_same_hash()
    {
        Assert.Equal(RevisionHash.Compute("Hallo", ["m1", "m2"]), RevisionHash.Compute("Hallo", ["m1", "m2"]));
    }

    [Fact]
    public void A_changed_text_gives_another_hash()
    {
        Assert.NotEqual(RevisionHash.Compute("Hallo", ["m1"]), RevisionHash.Compute("Hallo!", ["m1"]));
    }

    [Fact]
    public void Other_or_reordered_media_give_another_hash()
    {
        var original = RevisionHash.Compute("Hallo", ["m1", "m2"]);

        Assert.NotEqual(original, RevisionHash.Compute("Hallo", ["m2", "m1"]));
        Assert.NotEqual(original, RevisionHash.Compute("Hallo", ["m1"]));
    }

    [Fact]
    public void Moving_characters_between_text_and_media_ids_gives_another_hash()
    {
        Assert.NotEqual(RevisionHash.Compute("ab", ["c"]), RevisionHash.Compute("a", ["bc"]));
    }

    private static readonly FaceBox Box = new(0.1, 0.2, 0.05, 0.07, 0.9);

    private static string WithFace(MediaFace face) =>
        RevisionHash.Compute("Hallo", ["m1"], [new MediaItem(MediaKind.Photo, "klas.jpg", ["p-1", "p-2"], false, true, Faces: [face])]);

    [Fact]
    public void Reassigning_a_face_gives_another_hash()
    {
        var toAnna = WithFace(new MediaFace(Box, FaceResolution.Person, "p-1"));

        Assert.Equal(toAnna, WithFace(new MediaFace(Box, FaceResolution.Person, "p-1")));
        Assert.NotEqual(toAnna, WithFace(new MediaFace(Box, FaceResolution.Person, "p-2")));
        Assert.NotEqual(toAnna, WithFace(new MediaFace(Box, FaceResolution.Blur)));
        Assert.NotEqual(toAnna, WithFace(new MediaFace(Box, FaceResolution.Unrecognisable)));
        Assert.NotEqual(toAnna, WithFace(new MediaFace(Box with { X = 0.2 }, FaceResolution.Person, "p-1")));
    }

    [Fact]
    public void Media_without_faces_hash_as_before_faces_were_detected()
    {
        var photo = new MediaItem(MediaKind.Photo, "klas.jpg", ["p-1"], false, true);

        Assert.Equal(RevisionHash.Compute("Hallo", ["m1"]), RevisionHash.Compute("Hallo", ["m1"], [photo]));
        Assert.Equal(RevisionHash.Compute("Hallo", ["m1"]), RevisionHash.Compute("Hallo", ["m1"], [photo with { Faces = [] }]));
    }
}
