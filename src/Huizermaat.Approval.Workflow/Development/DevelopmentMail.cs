namespace Huizermaat.Approval.Workflow.Development;

/// <summary>
/// A mail as the development mailbox keeps it, with the links found in its text, the number of images sent inline
/// (the consent request's thumbnails) and the custom arguments that would travel to SendGrid.
/// </summary>
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
    int Deliveries,
    int InlineImages = 0,
    IReadOnlyDictionary<string, string>? CustomArgs = null);
