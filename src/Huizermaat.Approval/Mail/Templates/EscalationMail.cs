namespace Huizermaat.Approval.Mail.Templates;

/// <summary>Asks the deputy to approve because the manager did not answer in time (with the check's <see cref="Remarks"/>, as the manager got them).</summary>
public sealed record EscalationMail(
    MailAddress To,
    string InstanceId,
    string StepId,
    string ManagerName,
    string AuthorName,
    string PostText,
    Uri ApprovalUrl,
    DateTimeOffset Deadline) : MailModel(To, InstanceId, StepId)
{
    public IReadOnlyList<string> Remarks { get; init; } = [];
}
