namespace Huizermaat.Approval.Mail;

/// <summary>What the provider reported about a sent mail.</summary>
public enum MailDeliveryOutcome
{
    Delivered,

    /// <summary>The receiving server refused it (no such mailbox, full, blocked): the recipient did not get it.</summary>
    Bounced,

    /// <summary>The provider did not send it (an earlier bounce or spam report suppressed the address).</summary>
    Dropped,

    /// <summary>The receiving server asked to try later; the provider keeps trying.</summary>
    Deferred,
}
