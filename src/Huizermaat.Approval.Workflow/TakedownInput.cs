using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Workflow;

/// <summary>Takes a published post down from every channel it is on: a consent holder withdrew consent, or the author took it down.</summary>
/// <param name="PersonId">The person whose consent was withdrawn; null when the author took the post down.</param>
public sealed record TakedownInput(string DraftId, int Revision, string AuthorId, string? PersonId, string ActorId, string? Reason, IReadOnlyList<Channel> Channels)
{
    public bool ByAuthor => PersonId is null;
}
