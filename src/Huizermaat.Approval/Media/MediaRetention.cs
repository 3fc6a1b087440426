using Huizermaat.Approval.Approvals;

namespace Huizermaat.Approval.Media;

/// <summary>
/// Retention: the media of drafts that ended without publication (rejected, refused, expired, withdrawn) are
/// deleted once <c>retention</c> has passed since they ended; the audit trail keeps the decision, not the photo.
/// Media of published posts stay as long as the post exists (a takedown needs to know what was shown), and so does
/// an item that another draft still uses (an author may attach the same photo to a new draft). A photo shown with faces
/// blurred is a copy; the upload it was made from, with those faces, is kept only while the draft can still be
/// revised (<see cref="HeldBy"/>), and after that follows the uploads' rule (deleted once no kept draft uses it).
/// </summary>
public static class MediaRetention
{
    /// <summary>
    /// The media a kept revision holds on to: the items shown (and published) always; the uploads they were blurred
    /// from only while the draft is open to a revision (the author may assign its faces anew).
    /// </summary>
    public static IEnumerable<string> HeldBy(Submission revision, bool revisable)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return revisable ? revision.MediaIds.Concat(revision.OriginalMediaIds ?? []) : revision.MediaIds;
    }

    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(30);

    /// <param name="stillInUse">Media ids that drafts other than <paramref name="drafts"/> still use: never due.</param>
    public static IReadOnlyList<string> Due(
        IEnumerable<EndedDraft> drafts, DateTimeOffset now, TimeSpan retention, IReadOnlySet<string>? stillInUse = null)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentOutOfRangeException.ThrowIfLessThan(retention, TimeSpan.Zero);
        var published = drafts.Where(d => d.Published).SelectMany(d => d.MediaIds).ToHashSet(StringComparer.Ordinal);
        return drafts.Where(d => !d.Published && now - d.EndedAt >= retention)
            .SelectMany(d => d.MediaIds)
            .Distinct()
            .Where(id => !published.Contains(id) && stillInUse?.Contains(id) != true)
            .ToList();
    }

    /// <summary>Deletes what <see cref="Due"/> selects; returns the ids deleted.</summary>
    public static async Task<IReadOnlyList<string>> PurgeAsync(
        IMediaStore store,
        IEnumerable<EndedDraft> drafts,
        DateTimeOffset now,
        TimeSpan retention,
        IReadOnlySet<string>? stillInUse,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var due = Due(drafts, now, retention, stillInUse);
        foreach (var mediaId in due)
        {
            await store.DeleteAsync(mediaId, cancellationToken).ConfigureAwait(false);
        }

        return due;
    }
}
