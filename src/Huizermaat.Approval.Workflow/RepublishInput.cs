using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Workflow;

/// <summary>An operator's retry of the channels that failed to publish an approved revision.</summary>
public sealed record RepublishInput(string DraftId, int Revision, string ActorId, IReadOnlyList<Channel> Channels, int PublishAttempts, TimeSpan FirstRetry);
