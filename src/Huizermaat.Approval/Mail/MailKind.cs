namespace Huizermaat.Approval.Mail;

/// <summary>The mails the app sends, one template each.</summary>
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

    /// <summary>To the author: a request about their draft bounced or was dropped.</summary>
    Undelivered,

    /// <summary>To an operator who asked for it in Beheer: the app can send mail.</summary>
    TestMail,
}
