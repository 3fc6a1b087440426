namespace Huizermaat.Approval.Mail.Templates;

/// <summary>Tells the author that the checks found points to change before anyone is asked to approve.</summary>
public sealed record NeedsChangesMail(
    MailAddress To,
    string InstanceId,
    string StepId,
    IReadOnlyList<string> Points,
    Uri StatusUrl) : MailModel(To, InstanceId, StepId);
