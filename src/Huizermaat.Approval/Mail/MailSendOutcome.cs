namespace Huizermaat.Approval.Mail;

/// <summary>What <see cref="SendOnce.SendOnceAsync"/> did.</summary>
public enum MailSendOutcome
{
    /// <summary>The provider accepted the mail now.</summary>
    Sent,

    /// <summary>An earlier attempt was accepted; nothing was sent.</summary>
    AlreadySent,

    /// <summary>
    /// An earlier attempt was never confirmed (the sender stopped while the provider was called): it may have been
    /// delivered, so nothing was sent again; the caller tells the operators.
    /// </summary>
    PossiblyNotDelivered,
}
