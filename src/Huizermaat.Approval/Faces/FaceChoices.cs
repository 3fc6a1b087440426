using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Faces;

/// <summary>
/// Joins what the author said about the faces of an upload with the boxes the detector stored for it: the boxes are
/// always the stored ones (a client cannot move, add or drop a face); the author's choices are taken by position, and
/// must name the same boxes in the same order as the upload's answer.
/// </summary>
public static class FaceChoices
{
    /// <summary>How far a box sent back may lie from the stored one (rounding in the client).</summary>
    private const double Tolerance = 0.01;

    /// <param name="stored">The upload's boxes; null when it was not analysed (video, audio).</param>
    /// <param name="sent">The faces in the draft for this item; null when it sent none (every face then unresolved).</param>
    /// <param name="path">The item's place in the draft (<c>media[2]</c>), for the error.</param>
    /// <exception cref="DraftFormatException">The faces sent are not the upload's.</exception>
    public static IReadOnlyList<MediaFace>? Apply(IReadOnlyList<FaceBox>? stored, IReadOnlyList<MediaFace>? sent, string path)
    {
        if (stored is null)
        {
            return sent is not { Count: > 0 }
                ? null
                : throw new DraftFormatException($"\"{path}.faces\" lists faces, but this upload was not analysed for faces (a video or a recording)");
        }

        if (sent is null)
        {
            return [.. stored.Select(box => new MediaFace(box))];
        }

        if (sent.Count != stored.Count)
        {
            throw new DraftFormatException(
                $"\"{path}.faces\" has {sent.Count} faces, the upload {stored.Count}: send every face in the order POST /api/media answered them");
        }

        var faces = new List<MediaFace>();
        for (var i = 0; i < stored.Count; i++)
        {
            var (box, face) = (stored[i], sent[i].Box);
            if (Math.Abs(box.X - face.X) > Tolerance || Math.Abs(box.Y - face.Y) > Tolerance
                || Math.Abs(box.Width - face.Width) > Tolerance || Math.Abs(box.Height - face.Height) > Tolerance)
            {
                throw new DraftFormatException($"\"{path}.faces[{i}]\" is not the face the upload found there: send the faces in the order POST /api/media answered them");
            }

            faces.Add(sent[i] with { Box = box });
        }

        return faces;
    }
}
