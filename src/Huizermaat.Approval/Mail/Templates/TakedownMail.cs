namespace Huizermaat.Approval.Mail.Templates;

/// <summary>Tells the author (or the consent holder who withdrew) that a post was taken down, and why.</summary>
public sealed record TakedownMail(
    MailAddress To,
    string InstanceId,
    string StepId,
    string Reason,
    IReadOnlyList<PublishedLink> RemovedPosts,
    IReadOnlyList<string> FailedNetworks) : MailModel(To, InstanceId, StepId);
