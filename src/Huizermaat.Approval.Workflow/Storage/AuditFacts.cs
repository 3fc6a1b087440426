namespace Huizermaat.Approval.Workflow.Storage;

/// <summary>The names of an <see cref="AuditEntry"/>'s facts, from which the pages tell a draft's history in Dutch.</summary>
public static class AuditFacts
{
    public const string Revision = "revision";

    /// <summary><c>manager</c> or <c>consent:&lt;person&gt;</c>.</summary>
    public const string Step = "step";

    /// <summary>Roster ids, separated by spaces: the people a consent was refused or withdrawn for.</summary>
    public const string People = "people";

    /// <summary>Why the roster cannot say who must approve: <c>Kind:personId</c> (<see cref="PlanProblemKind"/>), separated by spaces.</summary>
    public const string Problems = "problems";

    /// <summary>Step ids still waiting, separated by spaces.</summary>
    public const string Pending = "pending";

    /// <summary>Someone's own words: an approver's comment, a reason for withdrawing, an operator's note.</summary>
    public const string Comment = "comment";

    public const string Channel = "channel";

    /// <summary>Channel names, separated by spaces.</summary>
    public const string Channels = "channels";

    public const string Url = "url";

    /// <summary>What a network, the mail provider or the host said went wrong (their words).</summary>
    public const string Error = "error";

    /// <summary>The findings of a revision's check: JSON, a list of <c>{rule, severity, message, contested}</c>.</summary>
    public const string Findings = "findings";

    public const string Rule = "rule";

    public const string Quote = "quote";

    /// <summary>A mail's kind (<see cref="Mail.MailKind"/>), recipient's name and address, and its message id (stable per purpose).</summary>
    public const string MailKind = "mailKind";

    public const string RecipientName = "recipientName";

    public const string Email = "email";

    public const string MessageId = "messageId";

    /// <summary>A count: revisions or media deleted by the retention rule.</summary>
    public const string Revisions = "revisions";

    public const string Media = "media";

    public const string PublishAt = "publishAt";
}
