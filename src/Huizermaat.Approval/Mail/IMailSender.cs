namespace Huizermaat.Approval.Mail;

/// <summary>Port: sends one transactional e-mail (SendGrid in Azure, the development mailbox locally).</summary>
public interface IMailSender
{
    /// <exception cref="MailDeliveryException">The provider refused the message for good.</exception>
    Task SendAsync(MailMessage message, CancellationToken cancellationToken);
}
