namespace Huizermaat.Approval.Workflow.Storage;

/// <param name="State">"published", "failed" or "taken-down".</param>
public sealed record ChannelRecord(string DraftId, string Channel, int Revision, string State, string? PostId, Uri? Url, string? Error, DateTimeOffset At);
