namespace Huizermaat.Approval.Mail.Templates;

/// <summary>Asks the author's manager to approve an official post.</summary>
public sealed record ManagerRequestMail(
    MailAddress To,
    string InstanceId,
    string StepId,
    string AuthorName,
    string PostText,
    IReadOnlyList<string> Channels,
    Uri ApprovalUrl,
    DateTimeOffset Deadline) : MailModel(To, InstanceId, StepId);
