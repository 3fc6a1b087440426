namespace Huizermaat.Approval.Mail.Templates;

/// <summary>
/// Tells the author the outcome. <see cref="DeciderName"/> is who decided (the manager, or for a refused consent
/// the person shown, never their guardian's name); <see cref="Comment"/> is the decider's optional comment.
/// <see cref="AuthorPosts"/>: an approved personal post, which the author posts themself.
/// </summary>
public sealed record DecisionMail(
    MailAddress To,
    string InstanceId,
    string StepId,
    DecisionOutcome Outcome,
    string DeciderName,
    string? Comment,
    Uri StatusUrl,
    bool AuthorPosts = false) : MailModel(To, InstanceId, StepId);
