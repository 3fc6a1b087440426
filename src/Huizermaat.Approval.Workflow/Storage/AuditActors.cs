namespace Huizermaat.Approval.Workflow.Storage;

/// <summary>Audit actors that are no person.</summary>
public static class AuditActors
{
    /// <summary>The workflow itself: a check, a deadline, a mail, a publication.</summary>
    public const string System = "system";

    /// <summary>The school's consent register (a "no" for social media).</summary>
    public const string ConsentRegister = "consent-register";

    /// <summary>The mail provider's event webhook (delivered, bounced, dropped).</summary>
    public const string SendGrid = "sendgrid";
}
