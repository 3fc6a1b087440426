using Huizermaat.Approval.Workflow;
using Huizermaat.Approval.Workflow.Storage;

namespace Huizermaat.Approval.Web.Links;

/// <summary>A validated link: its outcome and, when the token is ours, what it grants and the post it is about.</summary>
public sealed record LinkCheck(
    LinkOutcome Outcome,
    ApprovalLink? Link = null,
    ApprovalRecord? Record = null,
    DraftState? State = null,
    Submission? Submission = null,
    string? UsedFor = null)
{
    /// <summary>
    /// Whether the link's holder may see this media item of the post: the manager every item, a consent holder only the
    /// items the person they answer for is in.
    /// </summary>
    public bool MayShow(string mediaId)
    {
        if (Link is null || Submission is null)
        {
            return false;
        }

        var index = Submission.MediaIds.ToList().IndexOf(mediaId);
        return index >= 0
            && (StepIds.ConsentPersonId(Link.StepId) is not { } personId
                || (index < Submission.Draft.Media.Count && Submission.Draft.Media[index].People.Contains(personId)));
    }
}
