namespace Huizermaat.Approval.Media;

/// <summary>
/// Retention: the media of drafts that ended without publication (rejected, refused, expired, withdrawn) are
/// deleted once <c>retention</c> has passed since they ended; the audit trail keeps the decision, not the photo.
/// Media of published posts stay as long as the post exists (a takedown needs to know what was shown).
/// </summary>
public static class MediaRetention
{
    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(30);

    public static IReadOnlyList<string> Due(IEnumerable<EndedDraft> drafts, DateTimeOffset now, TimeSpan retention)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentOutOfRangeException.ThrowIfLessThan(retention, TimeSpan.Zero);
        return drafts.Where(d => !d.Published && now - d.EndedAt >= retention).SelectMany(d => d.MediaIds).Distinct().ToList();
    }

    /// <summary>Deletes what <see cref="Due"/> selects; returns the ids deleted.</summary>
    public static async Task<IReadOnlyList<string>> PurgeAsync(
        IMediaStore store, IEnumerable<EndedDraft> drafts, DateTimeOffset now, TimeSpan retention, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var due = Due(drafts, now, retention);
        foreach (var mediaId in due)
        {
            await store.DeleteAsync(mediaId, cancellationToken).ConfigureAwait(false);
        }

        return due;
    }
}
