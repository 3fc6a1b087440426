using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Workflow.Activities;

public sealed record ChannelPublication(string DraftId, int Revision, Channel Channel);
