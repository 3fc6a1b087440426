namespace Huizermaat.Approval.Mail;

/// <summary>
/// A transactional e-mail, already rendered from one of our Dutch templates.
/// <see cref="CustomArgs"/> travel with the message to the provider (SendGrid's <c>custom_args</c>),
/// carrying at least the workflow instance id and step id, so that delivery events can be matched.
/// <see cref="InlineImages"/> are attached inline and referenced from <see cref="Html"/> as <c>cid:</c> URLs
/// (the consent request's thumbnails), so no image has to be fetched from outside.
/// </summary>
public sealed record MailMessage(
    MailKind Kind,
    MailAddress To,
    string Subject,
    string Html,
    string Text,
    IReadOnlyDictionary<string, string> CustomArgs,
    IReadOnlyList<MailInlineImage>? InlineImages = null);
