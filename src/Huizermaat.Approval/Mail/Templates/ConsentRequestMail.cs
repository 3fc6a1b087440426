namespace Huizermaat.Approval.Mail.Templates;

/// <summary>
/// Asks a consent holder (a parent or guardian, or the person themself) to consent to <see cref="PersonName"/>
/// appearing in the post's photos, which are shown as thumbnails.
/// </summary>
public sealed record ConsentRequestMail(
    MailAddress To,
    string InstanceId,
    string StepId,
    string PersonName,
    bool AskingThePersonThemself,
    string AuthorName,
    string PostText,
    IReadOnlyList<MailImage> Photos,
    Uri ConsentUrl,
    DateTimeOffset Deadline) : MailModel(To, InstanceId, StepId);
