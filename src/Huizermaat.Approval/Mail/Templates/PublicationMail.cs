namespace Huizermaat.Approval.Mail.Templates;

/// <summary>Tells the author where the post was published, and which networks failed (flagged to the operators).</summary>
public sealed record PublicationMail(
    MailAddress To,
    string InstanceId,
    string StepId,
    IReadOnlyList<PublishedLink> Posts,
    IReadOnlyList<string> FailedNetworks) : MailModel(To, InstanceId, StepId);
