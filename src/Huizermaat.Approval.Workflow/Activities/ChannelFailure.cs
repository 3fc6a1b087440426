using Huizermaat.Approval.Drafts;

namespace Huizermaat.Approval.Workflow.Activities;

public sealed record ChannelFailure(string DraftId, int Revision, Channel Channel, string Error);
