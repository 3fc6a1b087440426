using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Workflow.Activities;

/// <param name="Error">Why the network refused for good (no retry helps); null when published.</param>
public sealed record ChannelOutcome(Channel Channel, Uri? Url, string? Error = null)
{
    public bool Published => Error is null;
}
