namespace Huizermaat.Approval.Mail.Templates;

/// <summary>A thumbnail to show in a mail (JPEG or PNG bytes, already small).</summary>
public sealed record MailImage(string FileName, string ContentType, ReadOnlyMemory<byte> Content);
