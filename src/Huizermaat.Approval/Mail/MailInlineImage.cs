namespace Huizermaat.Approval.Mail;

/// <summary>An image shown inside a mail's HTML as <c>cid:{ContentId}</c>.</summary>
public sealed record MailInlineImage(string ContentId, string FileName, string ContentType, ReadOnlyMemory<byte> Content);
