namespace Huizermaat.Approval.Mail.Templates;

/// <summary>Tells the author that approvals did not arrive in time: silence is never consent.</summary>
public sealed record ExpiryMail(
    MailAddress To,
    string InstanceId,
    string StepId,
    IReadOnlyList<string> Outstanding,
    Uri StatusUrl) : MailModel(To, InstanceId, StepId);
