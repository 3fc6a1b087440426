using Huizermaat.Approval.Approvals;
using Huizermaat.Approval.Drafts;
using Huizermaat.Approval.Media;

namespace Huizermaat.Approval.Tests.Media;

public sealed class MediaRetentionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Month = TimeSpan.FromDays(30);

    [Fact]
    public void Media_of_a_draft_that_ended_offline_are_due_once_the_period_has_passed()
    {
        EndedDraft[] drafts =
        [
            new("rejected", Now - TimeSpan.FromDays(30), Published: false, ["a", "b"]),
            new("recent", Now - TimeSpan.FromDays(29), Published: false, ["c"]),
            new("published", Now - TimeSpan.FromDays(400), Published: true, ["d"]),
        ];

        Assert.Equal(["a", "b"], MediaRetention.Due(drafts, Now, Month));
    }

    [Fact]
    public void A_photo_another_draft_still_uses_is_not_due()
    {
        EndedDraft[] drafts =
        [
            new("rejected", Now - TimeSpan.FromDays(60), Published: false, ["shared", "own"]),
            new("published-again", Now - TimeSpan.FromDays(10), Published: true, ["shared-with-published"]),
            new("rejected-too", Now - TimeSpan.FromDays(60), Published: false, ["shared-with-published"]),
        ];

        var due = MediaRetention.Due(drafts, Now, Month, stillInUse: new HashSet<string> { "shared" });

        Assert.Equal(["own"], due);
    }

    [Fact]
    public void A_negative_period_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MediaRetention.Due([], Now, TimeSpan.FromDays(-1)));
    }

    [Fact]
    public void The_upload_a_blurred_copy_was_made_from_is_held_only_while_the_draft_can_be_revised()
    {
        var draft = new Draft("Sportdag", Capacity.Official, [Channel.Facebook], true, [new MediaItem(MediaKind.Photo, "klas.jpg", [], true, true)]);
        var revision = new Submission("d-1", 1, "t-1", draft, ["blurred"], OriginalMediaIds: ["upload"]);

        Assert.Equal(["blurred", "upload"], MediaRetention.HeldBy(revision, revisable: true));
        Assert.Equal(["blurred"], MediaRetention.HeldBy(revision, revisable: false));
        Assert.Equal("upload", revision.OriginalMediaId(0));
        Assert.Equal("blurred", (revision with { OriginalMediaIds = null }).OriginalMediaId(0));
    }
}
