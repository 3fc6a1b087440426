namespace Huizermaat.Approval.Mail;

public sealed record MailAddress(string Email, string? Name = null);
