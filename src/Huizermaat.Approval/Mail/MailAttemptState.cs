namespace Huizermaat.Approval.Mail;

/// <summary>What the mail attempt log knows of one message id.</summary>
public enum MailAttemptState
{
    /// <summary>Never attempted.</summary>
    None,

    /// <summary>Recorded before the provider was called, never confirmed: the mail may or may not have gone out.</summary>
    Sending,

    /// <summary>The provider accepted the mail.</summary>
    Sent,
}
