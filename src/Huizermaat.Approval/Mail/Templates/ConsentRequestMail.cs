namespace Huizermaat.Approval.Mail.Templates;

/// <summary>
/// Asks a consent holder (a parent or guardian, addressed formally, or the person themself) to consent to
/// <see cref="PersonName"/> appearing in the post's media (<see cref="MediaShown"/>, photos shown as thumbnails) on
/// <see cref="Channels"/>.
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
    DateTimeOffset Deadline) : MailModel(To, InstanceId, StepId)
{
    /// <summary>The networks, by the names people know ("Instagram", "Facebook").</summary>
    public IReadOnlyList<string> Channels { get; init; } = [];

    /// <summary>The kinds of media the person is in (a photo, two videos, …); empty reads as photos.</summary>
    public IReadOnlyList<Drafts.MediaKind> MediaShown { get; init; } = [];
}
