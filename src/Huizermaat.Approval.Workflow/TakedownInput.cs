using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Workflow;

/// <summary>Takes a published post down from every channel it is on, because a consent holder withdrew consent.</summary>
public sealed record TakedownInput(string DraftId, int Revision, string AuthorId, string PersonId, string ActorId, string? Reason, IReadOnlyList<Channel> Channels);
