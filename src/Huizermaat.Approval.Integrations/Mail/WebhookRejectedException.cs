namespace Huizermaat.Approval.Integrations.Mail;

/// <summary>An event post that is not from SendGrid, or not fresh, or not readable; answer 401/400 and change nothing.</summary>
public sealed class WebhookRejectedException : Exception
{
    public WebhookRejectedException()
    {
    }

    public WebhookRejectedException(string message)
        : base(message)
    {
    }

    public WebhookRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
