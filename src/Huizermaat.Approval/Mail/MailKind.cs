namespace Huizermaat.Approval.Mail;

/// <summary>The mails the workflow sends, one template each.</summary>
public enum MailKind
{
    ManagerRequest,
    ConsentRequest,
    Reminder,
    Escalation,
    DecisionToAuthor,
    Expiry,
    Publication,
    Takedown,
}
