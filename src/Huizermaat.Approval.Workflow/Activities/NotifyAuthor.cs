using Huizermaat.Approval.Mail;
using Huizermaat.Approval.Workflow.Storage;
using Microsoft.DurableTask;
using Microsoft.Extensions.Options;

namespace Huizermaat.Approval.Workflow.Activities;

/// <summary>Tells the author what happened to the draft, with the approvers' comments.</summary>
public sealed class NotifyAuthor(RosterStore roster, IMailSender mail, IOptions<WorkflowOptions> options) : TaskActivity<AuthorNotice, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, AuthorNotice input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var author = (await roster.LoadAsync(CancellationToken.None)).Find(input.AuthorId);
        if (author?.Email is null)
        {
            return false;
        }

        var message = MailTemplates.AuthorNotice(author, input.Stage, input.Detail, new Uri(options.Value.PublicBaseUrl, $"berichten/{input.DraftId}"));
        await mail.SendAsync(
            message with
            {
                CustomArgs = new Dictionary<string, string>
                {
                    [MailArgs.DraftId] = input.DraftId,
                    [MailArgs.MessageId] = $"{input.DraftId}.r{input.Revision}.author.{input.Stage}",
                },
            },
            CancellationToken.None);
        return true;
    }
}
