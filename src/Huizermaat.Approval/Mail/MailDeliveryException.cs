namespace Huizermaat.Approval.Mail;

/// <summary>The provider refused a message permanently (a 4xx other than 429): retrying will not help.</summary>
public sealed class MailDeliveryException : Exception
{
    public MailDeliveryException()
    {
    }

    public MailDeliveryException(string message)
        : base(message)
    {
    }

    public MailDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
