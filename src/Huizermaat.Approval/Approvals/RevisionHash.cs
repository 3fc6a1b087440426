using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Approvals;

/// <summary>
/// The content hash of what approvers are shown: the text, the stored media in order and, where faces were found, every
/// face box with what the author said about it (whose face it is, blurred, no recognisable face). An approval records
/// the hash it was given for; one given for another hash does not count, so reassigning a face voids earlier approvals.
/// </summary>
public static class RevisionHash
{
    /// <param name="media">The draft's media items (aligned with <paramref name="mediaIds"/>), for their faces; a draft
    /// without faces hashes as it did before faces were detected.</param>
    public static string Compute(string text, IReadOnlyList<string> mediaIds, IReadOnlyList<MediaItem>? media = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mediaIds);

        // Length-prefixed parts, so that no two different contents share an encoding.
        var canonical = new StringBuilder();
        Append(canonical, text);
        foreach (var id in mediaIds)
        {
            Append(canonical, id);
        }

        foreach (var (item, index) in (media ?? []).Select((m, i) => (m, i)))
        {
            foreach (var face in item.Faces ?? [])
            {
                Append(canonical, string.Create(
                    CultureInfo.InvariantCulture,
                    $"face {index} {face.Box.X:R} {face.Box.Y:R} {face.Box.Width:R} {face.Box.Height:R} {face.Resolution} {face.PersonId}"));
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    public static string Compute(Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return Compute(submission.Draft.Text, submission.MediaIds, submission.Draft.Media);
    }

    private static void Append(StringBuilder builder, string part) =>
        builder.Append(part.Length).Append(':').Append(part).Append(';');
}
