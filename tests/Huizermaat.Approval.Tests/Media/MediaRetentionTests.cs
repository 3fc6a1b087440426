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
}
