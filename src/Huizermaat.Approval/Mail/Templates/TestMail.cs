namespace Huizermaat.Approval.Mail.Templates;

/// <summary>Sent on an operator's request from Beheer: proves that mail leaves the app and arrives.</summary>
public sealed record TestMail(MailAddress To, Uri AppUrl, DateTimeOffset SentAt) : MailModel(To, TestMail.DeploymentId, "test-mail")
{
    /// <summary>The instance id test mails carry instead of a draft's.</summary>
    public const string DeploymentId = "deployment";
}
