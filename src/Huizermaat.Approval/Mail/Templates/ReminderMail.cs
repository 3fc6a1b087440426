namespace Huizermaat.Approval.Mail.Templates;

/// <summary>
/// Reminds an approver who has not answered yet. <see cref="PersonName"/> is the person shown for a consent
/// request, null for a manager's approval; <see cref="Formal"/> addresses a parent or guardian with "u".
/// </summary>
public sealed record ReminderMail(
    MailAddress To,
    string InstanceId,
    string StepId,
    string AuthorName,
    string? PersonName,
    Uri ActionUrl,
    DateTimeOffset Deadline) : MailModel(To, InstanceId, StepId)
{
    public bool Formal { get; init; }
}
