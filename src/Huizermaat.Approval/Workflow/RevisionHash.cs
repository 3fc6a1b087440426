using System.Security.Cryptography;
using System.Text;

namespace Huizermaat.Approval.Workflow;

/// <summary>
/// The content hash of what approvers are shown: the text and the stored media, in order. An approval
/// records the hash it was given for; one given for another hash does not count.
/// </summary>
public static class RevisionHash
{
    public static string Compute(string text, IReadOnlyList<string> mediaIds)
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

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    public static string Compute(Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return Compute(submission.Draft.Text, submission.MediaIds);
    }

    private static void Append(StringBuilder builder, string part) =>
        builder.Append(part.Length).Append(':').Append(part).Append(';');
}
