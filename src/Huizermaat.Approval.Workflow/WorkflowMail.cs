using Huizermaat.Approval.Mail;
using Huizermaat.Approval.Mail.Templates;

namespace Huizermaat.Approval.Workflow;

internal static class WorkflowMail
{
    /// <summary>
    /// Renders <paramref name="model"/> with the Dutch templates and sends it with the composer's custom arguments
    /// (instance, step, kind) and the workflow's own (draft, and a message id stable for one purpose, so that a
    /// retried activity sends the same id).
    /// </summary>
    public static Task SendAsync(this IMailSender sender, MailModel model, string messageId)
    {
        var message = MailComposer.Compose(model);
        var args = new Dictionary<string, string>(message.CustomArgs)
        {
            [MailArgs.DraftId] = model.InstanceId,
            [MailArgs.StepId] = model.StepId,
            [MailArgs.MessageId] = messageId,
        };
        return sender.SendAsync(message with { CustomArgs = args }, CancellationToken.None);
    }
}
