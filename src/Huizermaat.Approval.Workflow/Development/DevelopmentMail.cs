namespace Huizermaat.Approval.Workflow.Development;

/// <summary>A mail as the development mailbox keeps it, with the links found in its text.</summary>
public sealed record DevelopmentMail(
    string DraftId,
    string MessageId,
    string Kind,
    string To,
    string Subject,
    string Text,
    string Html,
    IReadOnlyList<string> Links,
    DateTimeOffset ReceivedAt,
    int Deliveries);
