namespace Huizermaat.Approval.Integrations.Mail;

/// <summary>An event post that is not from SendGrid, or not fresh, or not readable; answer 403/400 and change nothing.</summary>
public sealed class WebhookRejectedException : Exception
{
    /// <summary>The post was signed but its body is not SendGrid's JSON array of events (answer 400, not 403).</summary>
    public bool Malformed { get; init; }

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
