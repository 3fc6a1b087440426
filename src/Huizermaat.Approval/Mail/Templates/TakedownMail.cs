namespace Huizermaat.Approval.Mail.Templates;

/// <summary>Tells the author (or their manager) that a post was taken down, which post (<see cref="PostText"/>) and why.</summary>
public sealed record TakedownMail(
    MailAddress To,
    string InstanceId,
    string StepId,
    string Reason,
    IReadOnlyList<PublishedLink> RemovedPosts,
    IReadOnlyList<string> FailedNetworks) : MailModel(To, InstanceId, StepId)
{
    /// <summary>The post's text (its opening is quoted, so the reader knows which post).</summary>
    public string PostText { get; init; } = string.Empty;
}
