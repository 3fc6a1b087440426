namespace Huizermaat.Approval.Workflow;

/// <summary>The custom arguments every workflow mail carries (SendGrid's <c>custom_args</c>).</summary>
public static class MailArgs
{
    public const string DraftId = "draftId";

    /// <summary>Stable for one purpose (draft, revision, step, recipient, kind): a retried activity sends the same id.</summary>
    public const string MessageId = Mail.MailDeliveryEvent.MessageIdArg;

    public const string StepId = "stepId";
}
