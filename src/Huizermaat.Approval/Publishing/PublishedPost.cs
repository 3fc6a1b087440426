using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Publishing;

/// <summary>A post as the network knows it: its id there and its public address.</summary>
public sealed record PublishedPost(Channel Channel, string PostId, Uri Url);
