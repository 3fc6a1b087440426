using Huizermaat.Approval.Checks;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Faces;
using TestDrafts = Huizermaat.Approval.Tests.Checks.Drafts;

namespace Huizermaat.Approval.Tests.Faces;

/// <summary>A.5 on the pixels: the faces the detector found must add up with the people named.</summary>
public sealed class FacesInMediaTests
{
    private static MediaFace Face(FaceResolution resolution = FaceResolution.Unresolved, string? person = null, double confidence = 0.9, int column = 0) =>
        new(new FaceBox(0.1 * column, 0.2, 0.08, 0.1, confidence), resolution, person);

    private static MediaItem Photo(IReadOnlyList<MediaFace> faces, params string[] people) =>
        TestDrafts.Photo(people) with { FileName = "klas.jpg", Faces = faces };

    private static IReadOnlyList<Finding> A5(MediaItem photo) =>
        [.. TestDrafts.Check(TestDrafts.Official("Sportdag") with { Media = [photo] }).Where(f => f.Rule == "A.5")];

    [Fact]
    public void Five_faces_and_three_people_named_block_with_the_counts()
    {
        var photo = Photo([Face(column: 0), Face(column: 1), Face(column: 2), Face(column: 3), Face(column: 4)], "p-1", "p-2", "p-3");

        var finding = Assert.Single(A5(photo));

        Assert.Equal(Severity.Block, finding.Severity);
        Assert.Equal("Foto 'klas.jpg': op deze foto staan 5 gezichten; je noemt 3 personen. Wijs elk gezicht toe of laat het vervagen.", finding.Message);
    }

    [Fact]
    public void Every_face_assigned_or_blurred_clears_the_finding()
    {
        var photo = Photo(
            [
                Face(FaceResolution.Person, "p-1"), Face(FaceResolution.Person, "p-2"), Face(FaceResolution.Person, "p-3"),
                Face(FaceResolution.Blur), Face(FaceResolution.Blur),
            ],
            "p-1", "p-2", "p-3");

        Assert.Empty(A5(photo));
    }

    [Fact]
    public void Unassigned_faces_pass_while_the_people_named_without_a_face_account_for_them()
    {
        var photo = Photo([Face(FaceResolution.Person, "p-1"), Face(), Face(), Face(FaceResolution.Blur)], "p-1", "p-2", "p-3");

        Assert.Empty(A5(photo));
    }

    [Fact]
    public void One_unassigned_face_too_many_blocks()
    {
        var photo = Photo([Face(FaceResolution.Person, "p-1"), Face(FaceResolution.Person, "p-2"), Face()], "p-1", "p-2");

        Assert.Contains("staan 3 gezichten; je noemt 2 personen", Assert.Single(A5(photo)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_photo_with_faces_and_nobody_named_asks_for_the_faces_only()
    {
        var photo = Photo([Face()]) with { NoIdentifiablePeople = false };

        Assert.Equal("Foto 'klas.jpg': op deze foto staat 1 gezicht; je noemt 0 personen. Wijs elk gezicht toe of laat het vervagen.", Assert.Single(A5(photo)).Message);
    }

    [Fact]
    public void Nobody_identifiable_with_clear_faces_is_a_contradiction()
    {
        var photo = Photo([Face(confidence: 0.95), Face(confidence: 0.8), Face(FaceResolution.Blur)]);

        var finding = Assert.Single(A5(photo));

        Assert.Equal(Severity.Block, finding.Severity);
        Assert.Contains("je geeft aan dat niemand herkenbaar is, maar er staan 2 duidelijke gezichten op", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nobody_identifiable_passes_with_faces_blurred_marked_or_unclear()
    {
        var photo = Photo([Face(FaceResolution.Blur), Face(FaceResolution.Unrecognisable), Face(confidence: 0.6)]);

        Assert.Equal([Severity.Info], A5(photo).Select(f => f.Severity));
    }

    [Fact]
    public void A_face_marked_unrecognisable_is_reported_to_the_approvers()
    {
        var photo = Photo([Face(FaceResolution.Person, "p-1"), Face(FaceResolution.Unrecognisable), Face(FaceResolution.Unrecognisable)], "p-1");

        var finding = Assert.Single(A5(photo));

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal("Foto 'klas.jpg': de auteur heeft 2 gevonden gezichten gemarkeerd als 'geen herkenbaar gezicht'.", finding.Message);
    }

    [Fact]
    public void A_face_assigned_to_someone_not_named_for_the_photo_blocks()
    {
        var photo = Photo([Face(FaceResolution.Person, "p-9")], "p-1");

        var finding = Assert.Single(A5(photo), f => f.Severity == Severity.Block);

        Assert.Contains("gezicht 1 is toegewezen aan iemand die je niet bij deze foto noemt", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_photo_the_detector_did_not_analyse_keeps_the_authors_list()
    {
        Assert.Empty(A5(TestDrafts.Photo("p-1") with { Faces = null }));
        Assert.Empty(A5(TestDrafts.Photo("p-1") with { Faces = [] }));
    }
}
