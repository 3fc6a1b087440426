namespace Huizermaat.Approval.Mail.Templates;

/// <summary>
/// Asks the author's manager to approve an official post. <see cref="Remarks"/> are the protocol check's findings the
/// manager should weigh, in Dutch: warnings, and the blocks the author contests with their reason.
/// </summary>
public sealed record ManagerRequestMail(
    MailAddress To,
    string InstanceId,
    string StepId,
    string AuthorName,
    string PostText,
    IReadOnlyList<string> Channels,
    Uri ApprovalUrl,
    DateTimeOffset Deadline) : MailModel(To, InstanceId, StepId)
{
    public IReadOnlyList<string> Remarks { get; init; } = [];
}
