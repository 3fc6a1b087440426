namespace Huizermaat.Approval.WorkflowBench;

/// <summary>One post the development publisher recorded.</summary>
public sealed record PublishedRecord(string DraftId, string Channel, DateTimeOffset PublishedAt, int Attempts);
