namespace Huizermaat.Approval.Mail.Templates;

/// <summary>Tells the author that a request about their draft did not reach its recipient (the provider reported a bounce or drop).</summary>
/// <param name="Recipient">Who should have got it, by name (or address).</param>
/// <param name="About">What it asked, in Dutch ("toestemming voor Sanne Bakker").</param>
/// <param name="Reason">What the receiving server said, if anything.</param>
public sealed record UndeliveredNoticeMail(
    MailAddress To,
    string InstanceId,
    string StepId,
    string Recipient,
    string About,
    string? Reason,
    Uri StatusUrl) : MailModel(To, InstanceId, StepId);
